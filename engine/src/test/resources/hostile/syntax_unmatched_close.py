print("hello"))
