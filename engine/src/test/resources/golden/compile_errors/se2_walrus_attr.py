class A: pass
a = A()
if (a.b := 1):
    pass
