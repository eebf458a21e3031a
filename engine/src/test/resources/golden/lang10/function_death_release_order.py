# A dying function lets go of what it holds in CPython's order: defaults last to first, then
# keyword defaults, its __dict__, and the closure's cells last to first (tuples release backwards).
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)
def outer():
    x, y, z = D('x'), D('y'), D('z')
    def inner():
        return x, y, z
    return inner
f = outer()
print('drop')
del f
t = (D('t1'), D('t2'), D('t3'))
del t
l = [D('l1'), D('l2')]
del l
def mk():
    def g(a=D('d1'), b=D('d2'), *, k=D('k1')):
        pass
    g.attr = D('attr')
    return g
h = mk()
print('drop defaults')
del h
