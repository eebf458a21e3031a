e = Exception("a", 1, None)
print(str(e), repr(e))
raise Exception("first", 2, [3])
