match 0:
    case _:
        pass
    case 1:
        pass
