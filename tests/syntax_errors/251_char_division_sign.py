q = a ÷ b
