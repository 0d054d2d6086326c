match x:
    case C(if=1):
        pass
