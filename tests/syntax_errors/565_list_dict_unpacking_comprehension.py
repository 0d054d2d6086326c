l = [**d for d in ds]
