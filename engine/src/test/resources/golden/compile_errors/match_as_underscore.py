match 5:
    case int() as _:
        pass
