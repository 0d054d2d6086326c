for a in b:
    for c in d:
        if e:
            pass
      x = 1
