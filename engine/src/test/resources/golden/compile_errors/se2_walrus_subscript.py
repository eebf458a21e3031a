d = {}
print((d['k'] := 1))
