def risky():
    try:
        return 1 / 0
    except ZeroDivisionError:
        log = None
        log.write("division failed")
risky()
