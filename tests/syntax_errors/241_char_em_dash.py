y = a — b
