def f(k=lambda: 1):
    return k()
print(f())
def g(k=lambda x): pass
