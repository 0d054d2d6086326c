match m:
    case {a: 1}:
        pass
