x = 2
if x = 1:
    print("one")
