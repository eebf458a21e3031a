# Instruction pairs the interpreter loop runs in one dispatch (LOAD_FAST then LOAD_CONST or
# LOAD_FAST, a comparison then a conditional jump): results, jumps into the middle of a pair,
# comparisons of other types, an unbound second local, and errors inside a pair.


def pairs(a, b):
    out = []
    out.append(a + 1)
    out.append(a - b)
    out.append(a < b)
    if a < b:
        out.append("lt")
    if a == b:
        out.append("eq")
    if not a >= b:
        out.append("not ge")
    while a < b:
        a += 1
    out.append(a)
    return out


print(pairs(1, 5), pairs(5, 1), pairs(3, 3))
print(pairs(2 ** 70, 2 ** 70 + 3), pairs(1.5, 2.5))
print(["x" < "y", "y" < "x"], [s for s in ["b", "a", "c"] if s > "a"])


def loop_into_second(n):
    # The loop's back jump lands on `i < n` whose LOAD_FAST may be the second of a fused pair.
    i = 0
    total = 0
    while i < n:
        total += i
        i += 1
    return total, i


print(loop_into_second(10), loop_into_second(0))


def unbound_second(flag):
    a = 1
    if flag:
        b = 2
    return a + b


print(unbound_second(True))
try:
    unbound_second(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


class Weird:
    def __lt__(self, other):
        return []

    def __eq__(self, other):
        raise ValueError("no equality")


w = Weird()
if w < 1:
    print("truthy")
else:
    print("falsy list")
try:
    if w == 1:
        print("unreachable")
except ValueError as e:
    print("ValueError:", e)
try:
    if 1 < "a":
        pass
except TypeError as e:
    print("TypeError:", e)


def last(x):
    y = x
    return y + z_undefined


last(3)
