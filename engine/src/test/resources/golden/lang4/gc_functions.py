import gc
class Node:
    def __init__(self):
        self.other = None
a = Node(); b = Node()
a.other = b; b.other = a
del a, b
print(gc.collect() >= 0)
print(gc.isenabled())
gc.disable(); print(gc.isenabled()); gc.enable()
print(type(gc.get_objects()).__name__)
print(len(gc.get_threshold()))
class Base: pass
class C1(Base): pass
class C2(Base): pass
print(Base.__subclasses__())
print(gc.get_count().__class__.__name__)
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked({}), gc.is_tracked({"a": 1}))
objs = gc.get_objects()
print(all(gc.is_tracked(o) for o in objs), len(objs) > 0)
print(gc.is_tracked({"a": []}), gc.is_tracked({1: {}}), gc.is_tracked(Node()))
try:
    gc.get_objects(5)
except ValueError as e:
    print(e)
