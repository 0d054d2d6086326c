print（"x")
