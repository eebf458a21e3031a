a = '\d'
b = b'\q'
c = '\8'
d = '\777'
print(len(a), len(b), len(c), len(d))
