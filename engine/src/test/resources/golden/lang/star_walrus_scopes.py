first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
a, (b, *c), d = 1, [2, 3, 4], 5
print(a, b, c, d)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *(4, 5)], {*"aba"} == {"a", "b"}, {**{"x": 1}, "y": 2}, (*"hi",))
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError:", e)

data = [3, 8, 1, 9, 4]
print([y for x in data if (y := x * 2) > 7], y)
total = 0
print([total := total + x for x in data], total)
if (n := len(data)) > 3:
    print("long list", n)
while (item := data.pop()) != 1:
    print("popped", item)
print(data)
def outer():
    items = [1, 2, 3]
    found = any((hit := v) > 1 for v in items)
    return found, hit
print(outer())

counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c1(); print(c1(), c1.__closure__[0].cell_contents, c1.__code__.co_freevars)

def unbound():
    print(value)
    value = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def free_unbound():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    v = 2
free_unbound()
x = 10
def shadow():
    x = 1
    def g():
        return x
    return g()
print(shadow(), [x for x in range(2)], x)
class K:
    attr = 5
    vals = [attr for _ in range(2)] if False else None
    try:
        vals2 = [attr for _ in range(2)]
    except NameError as e:
        print("NameError:", e)
lam = [lambda: i for i in range(3)]
print([f() for f in lam], [(lambda i=i: i)() for i in range(3)])
