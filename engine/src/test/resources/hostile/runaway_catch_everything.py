while True:
    try:
        while True:
            pass
    except BaseException as e:
        print("caught", type(e).__name__)
