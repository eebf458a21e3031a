def validate(values):
    errors = []
    for v in values:
        if v < 0:
            errors.append(ValueError(f"negative: {v}"))
        elif v == 0:
            errors.append(ZeroDivisionError("zero"))
    if errors:
        raise ExceptionGroup("invalid input", errors)


validate([1, -2, 0])
