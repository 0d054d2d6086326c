class C:
    v = [(__p := 1) for __p in range(3)]
