def f(locks):
    for lock in locks:
        with lock:
            if lock.skip:
                continue
            if lock.stop:
                break
            return lock.value
    with open("f") as fh:
        try:
            return fh.read()
        except OSError:
            return None
