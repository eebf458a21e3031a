# Loops testing a local's truth (`while n:`) and comparing a computed value with a constant
# (`if n % 2 == 0:`), which the engine's fast loop does in one dispatch for small ints and bools:
# big ints, bools, floats, strings, None, containers and objects with __bool__ or __eq__ as well.


def digits(n):
    count = 0
    while n:
        n //= 10
        count += 1
    return count


print(digits(0), digits(7), digits(123456789), digits(10 ** 30), digits(5 * 10 ** 25))


def halve(n):
    steps = 0
    while n:
        n = n >> 1
        steps += 1
    return steps


print(halve(1), halve(2 ** 64), halve(2 ** 200 + 1))


def flags(items):
    on = 0
    for x in items:
        v = x
        if v:
            on += 1
        while v:
            v = False
    return on


print(flags([0, 1, True, False, 2 ** 70, -1, 0.0, 0.5, "", "a", None, [], [0], (), {}, {1: 2}]))


class Flag:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        print("bool", self.n)
        return self.n > 0


def countdown_objects(n):
    f = Flag(n)
    seen = 0
    while f:
        seen += 1
        f = Flag(f.n - 1)
    return seen


print(countdown_objects(3))


def parity(values):
    even = odd = 0
    for x in values:
        if x % 2 == 0:
            even += 1
        else:
            odd += 1
        if x * 3 > 100:
            odd += 100
        if x - 1 != 4:
            even += 1000
    return even, odd


print(parity(range(-20, 60)))
print(parity([2 ** 64, 2 ** 64 + 1, -(2 ** 65) - 1, True, False]))
print(parity([1.5, 2.0, 7.25]))


class Odd:
    def __mod__(self, other):
        return self

    def __eq__(self, other):
        print("eq", other)
        return other == 0

    def __hash__(self):
        return 1


print(parity([Odd()]) if False else "skip")


def names(words):
    hits = 0
    for w in words:
        s = w + "!"
        if s * 1 == "b!":
            hits += 1
        if s + "" != "c!":
            hits += 10
    return hits


print(names(["a", "b", "c", "b"]))


def custom(n):
    o = Odd()
    hits = 0
    for i in range(n):
        if o % 2 == 0:
            hits += 1
    return hits


print(custom(3))


def broken(values):
    total = 0
    for x in values:
        if x % 3 == 0:
            total += x
    return total


print(broken(range(100)))
try:
    broken([3, 6, "9"])
except TypeError as e:
    print("TypeError:", e)


def mixed_compare(values):
    out = []
    for x in values:
        y = x + 0
        if y < 5:
            out.append("lt")
        elif y == 5:
            out.append("eq")
        else:
            out.append("gt")
    return out


print(mixed_compare([1, 5, 9, 5.0, 4.5, True, 2 ** 80, -(2 ** 80)]))
try:
    mixed_compare([1, 2, None])
except TypeError as e:
    print("TypeError:", e)


def unbound_test(n):
    for i in range(n):
        z = i
        if i == 6:
            del z
        while z:
            z = 0
    return i


print(unbound_test(5))
unbound_test(10)
