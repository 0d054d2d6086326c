match p:
    case Point(x=1+):
        pass
