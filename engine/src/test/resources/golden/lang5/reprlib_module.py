import reprlib
from collections import deque
print(reprlib.repr(list(range(100))), reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(tuple(range(10))))
print(reprlib.repr("x" * 100), reprlib.repr("short"), reprlib.repr("a'b" * 20), reprlib.repr(2 ** 200), reprlib.repr(-10 ** 50))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}), reprlib.repr({"b": 1, "a": [1, 2, 3, 4, 5, 6, 7, 8]}))
print(reprlib.repr(set(range(20))), reprlib.repr(set()), reprlib.repr(frozenset({3, 1, 2})), reprlib.repr(frozenset()), reprlib.repr({3, 1}))
print(reprlib.repr(deque(range(10))), reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr([[], [[]]]), reprlib.repr(3.5), reprlib.repr(None))
class Long:
    def __repr__(self):
        return "<Long " + "z" * 50 + ">"
class Bad:
    def __repr__(self):
        raise ValueError("no")
print(reprlib.repr(Long()), reprlib.repr([Long()]), reprlib.repr(Bad()).startswith("<Bad instance at 0x"))
r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
r.maxlevel = 2
r.fillvalue = "~"
print(r.repr(list(range(5))), r.repr("abcdefghijklmnop"), r.repr([[[1]]]), r.repr({"k": {"k2": {"k3": 1}}}))
class MyRepr(reprlib.Repr):
    def repr_TextIOWrapper(self, obj, level):
        return "file"
    def repr_float(self, x, level):
        return f"{x:.2f}"
print(MyRepr().repr([1.23456, 2.5]))
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.name}, {self.children})"
n = Node("root"); n.children.append(n); n.children.append(Node("leaf"))
print(n, Node.__repr__.__name__, Node.__repr__.__qualname__)
class Odd:
    @reprlib.recursive_repr(fillvalue="<loop>")
    def __repr__(self):
        return f"Odd({self.me!r})"
o = Odd(); o.me = o
print(repr(o))
print(vars(reprlib.Repr()))
