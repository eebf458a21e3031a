while True:
    print("spam " * 20)
