x: int = 1
def f():
    pass
global x
