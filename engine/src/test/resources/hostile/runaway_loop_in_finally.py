try:
    while True:
        pass
finally:
    print("cleanup")
    while True:
        pass
