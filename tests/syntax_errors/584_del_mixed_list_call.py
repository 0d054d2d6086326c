del [a, b], c()
