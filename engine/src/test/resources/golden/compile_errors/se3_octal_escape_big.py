x = '\400'
print(len(x))
