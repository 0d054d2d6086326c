x = {k: (k := v) for k, v in {}.items()}
