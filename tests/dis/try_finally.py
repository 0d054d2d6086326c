def returns_through_finally(x):
    try:
        return x()
    finally:
        print("cleanup")

def break_through_finally(items):
    for item in items:
        try:
            if item:
                break
            continue
        finally:
            item.close()
    return items

def nested(a):
    try:
        try:
            a()
        except KeyError as e:
            return e
        finally:
            a.close()
    except Exception:
        raise RuntimeError("wrapped")
    else:
        return None
