print("x".center(10 ** 11)[:3])
