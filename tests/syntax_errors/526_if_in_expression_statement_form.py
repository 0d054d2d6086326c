x = if a: 1
