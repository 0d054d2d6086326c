match command.split()
    case [x]:
        pass
