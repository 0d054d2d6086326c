g = (**d for d in ds)
