ok = a || b
