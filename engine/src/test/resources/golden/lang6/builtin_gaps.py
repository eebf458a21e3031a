# Weak references taken inside __init__, reflected + on built-in sequences, bytes.__bytes__,
# collections.abc.Callable's flattened arguments, copy errors for running code and locks.
import weakref
from collections import UserList, UserString
import collections.abc as cabc
import typing
import copy
import threading


class Node:
    def __init__(self, parent=None):
        self.me = weakref.ref(self)
        self.parent = weakref.ref(parent) if parent else None
        self.children = []
        if parent:
            parent.children.append(self)


root = Node()
child = Node(root)
print(root.me() is root, child.parent() is root, child.me() is child)


class Slotted:
    __slots__ = ('ref', '__weakref__')

    def __init__(self):
        self.ref = weakref.ref(self, lambda r: print("callback"))


s = Slotted()
print(s.ref() is s)
del s
print("after del")

print([9] + UserList([1, 2]), type([9] + UserList([1, 2])).__name__)
print((0,) + (1,), [1] + [2])


class Tail:
    def __radd__(self, other):
        return f"Tail.__radd__({other!r})"

    def __rmul__(self, other):
        return f"Tail.__rmul__({other!r})"


print([1] + Tail(), (1,) + Tail(), 'a' + Tail(), [1] * Tail())


class Decline:
    def __radd__(self, other):
        return NotImplemented


for left in ([1], (1,), 'a'):
    try:
        left + Decline()
    except TypeError as e:
        print(e)

print(b'ab'.__bytes__(), bytes(b'xy'), type(bytes(bytearray(b'z'))).__name__)


class MyBytes(bytes):
    pass


print(type(MyBytes(b'q').__bytes__()).__name__, MyBytes(b'q').__bytes__())

for alias in (cabc.Callable[[int], str], cabc.Callable[[int, float], None], cabc.Callable[..., int],
              cabc.Callable[[], str]):
    print(alias, alias.__args__, typing.get_args(alias))
print(typing.Callable[[int], str], typing.get_args(typing.Callable[[int], str]))


def gen():
    yield 1


async def coro():
    pass


for obj in (gen(), threading.Lock(), threading.RLock()):
    for f in (copy.copy, copy.deepcopy):
        try:
            f(obj)
        except TypeError as e:
            print(f.__name__, e)
c = coro()
try:
    copy.deepcopy(c)
except TypeError as e:
    print(e)
c.close()


class Holder:
    def __init__(self):
        self.lock = threading.Lock()
        self.data = [1, 2]


try:
    copy.deepcopy(Holder())
except TypeError as e:
    print("deepcopy Holder:", e)
h = copy.copy(Holder())
print(h.data, type(h.lock).__name__)
