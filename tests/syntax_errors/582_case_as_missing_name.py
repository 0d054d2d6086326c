match x:
    case str() as:
        pass
