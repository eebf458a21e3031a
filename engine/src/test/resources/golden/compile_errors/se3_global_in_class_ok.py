class A:
    global g
    g = 1
print(g)
global
