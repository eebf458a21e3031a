# sys.getsizeof of the containers, functions, instances and classes a lesson on memory measures:
# lists sized in one step (list(x), literals of constants, [*x], sorted) versus grown by appends,
# sets as they fill, and the fixed sizes of functions, methods, instances and classes.
import sys

print("list literal", [sys.getsizeof(x) for x in ([], [1], [1, 2], [1, 2, 3], [1, 2, 3, 4, 5], ["a", "b", "c", "d", "e", "f", "g"])])
a, b, c = 1, 2, 3
print("list of names", sys.getsizeof([a, b, c]), sys.getsizeof([a, b, c, a, b]))
for n in (0, 1, 2, 3, 4, 5, 7, 9, 10, 11, 17, 1000, 1001):
    row = [
        sys.getsizeof(list(range(n))),
        sys.getsizeof([i for i in range(n)]),
        sys.getsizeof(list(i for i in range(n))),
        sys.getsizeof(list(map(str, range(n)))),
        sys.getsizeof([*range(n)]),
        sys.getsizeof(sorted(range(n))),
        sys.getsizeof(list("x" * n)),
        sys.getsizeof(list(range(n))[:]),
        sys.getsizeof(list(range(n)) + []),
    ]
    print(n, row)
grown = list(range(5))
sizes = []
for i in range(12):
    grown.append(i)
    sizes.append(sys.getsizeof(grown))
print("appends after list()", sizes)
grown.clear()
print("cleared", sys.getsizeof(grown))
grown.append(1)
print("after clear + append", sys.getsizeof(grown))

print("sets", [sys.getsizeof(set(range(n))) for n in (0, 1, 4, 5, 18, 19, 76, 77, 1000)])
print("set comp", [sys.getsizeof({i for i in range(n)}) for n in (3, 5, 20)], sys.getsizeof(frozenset("abcdef")))
s = set()
seen = []
for i in range(20):
    s.add(i)
    seen.append(sys.getsizeof(s))
print("adds", seen)

def f(x):
    return x

class Plain:
    def method(self):
        pass

class Slotted:
    __slots__ = ("x", "y")

class Empty:
    __slots__ = ()

class Sub(Slotted):
    pass

class Err(Exception):
    pass

print("function", sys.getsizeof(f), sys.getsizeof(lambda: 0), sys.getsizeof(Plain.method))
print("methods", sys.getsizeof(Plain().method), sys.getsizeof(len), sys.getsizeof([].append), sys.getsizeof(str.upper))
print("instances", sys.getsizeof(Plain()), sys.getsizeof(Slotted()), sys.getsizeof(Empty()), sys.getsizeof(Sub()), sys.getsizeof(object()))
print("classes", sys.getsizeof(Plain), sys.getsizeof(Slotted), sys.getsizeof(Sub), sys.getsizeof(Err), sys.getsizeof(int), sys.getsizeof(type))
gen = (x * x for x in range(1000))
print("list vs generator", sys.getsizeof([x * x for x in range(1000)]), sys.getsizeof(list(range(1000))), sys.getsizeof(gen) < 300)
