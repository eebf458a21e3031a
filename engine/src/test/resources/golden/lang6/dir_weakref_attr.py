# Classes get a __weakref__ attribute where CPython gives one (not over int/tuple/bytes/set, not with
# __slots__ lacking it); exception subclasses no __dict__ of their own; dir() of built-in types.
import weakref
class A: pass
class B(A): pass
class S:
    __slots__ = ('x',)
class SW:
    __slots__ = ('x', '__weakref__')
class SS(S): pass
class I(int): pass
class T(tuple): pass
class L(list): pass
class St(str): pass
class Se(set): pass
class E(Exception): pass
class D(dict): pass
for c in (A, B, S, SW, SS, I, T, L, St, Se, E, D):
    print(c.__name__, '__weakref__' in c.__dict__, '__dict__' in c.__dict__, hasattr(c, '__weakref__'))
a = A(); print(a.__weakref__); r = weakref.ref(a); print(a.__weakref__ is r, A.__weakref__.__name__, type(A.__dict__['__weakref__']).__name__)
print(sorted(vars(A)), ({'a': 1} | {'b': 2}), {'a': 1}.__ror__({'b': 2}), {'a': 1}.__ror__(5))
print(bool(range(0)), len(range(5)), range(5)[2], 3 in range(5), list(iter(range(2))), range(5).__len__(), range(3).__contains__(1))
print(hasattr(bytes, '__radd__'), [m for m in dir(range) if not m.startswith('__')])
class A:
    cls_attr = 1
    def __init__(self): self.inst = 2
    def method(self): pass
print(dir(A()))
print([n for n in dir(A) if not n.startswith('__')])
for t in (list, dict, str, int, tuple, set, object, float, bytes, type(None), bool, range, Exception, type(lambda: 0)):
    print(t.__name__, dir(t))
