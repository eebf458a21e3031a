# CPython folds a set display of three or more constants (and the set display a for loop or a
# comprehension iterates, of any size) into a frozenset constant built twice, so its order can
# differ from the same items added one by one.
print({5, 0, -1, 13})
x = 5
print({x, 0, -1, 13})
for v in {13, 5}:
    print("for:", v)
print({13, 5}, [v for v in {13, 5}], [(a, b) for a in [1] for b in {13, 5, 21}])
print({v * 2 for v in {13, 5, 29}}, sorted({13, 5, 29}))
print({(1, 2), (3, 4), -2.5, 7, 9} == {(1, 2), (3, 4), -2.5, 7, 9.0})
s = {1, 9, 17, 25, 33, 41}
print(s, s.pop(), s)
t = {-1, -2, -3, 6, 14, 22, 30}
print(t, list(t), t | {8, 16}, t - {6})
print({*[13, 5], 21}, {13, *(5, 21)})
print(frozenset({1, 9, 17}), {9: 1, 1: 2, 17: 3}.keys() | {25})
def f():
    return {3, 11, 19, 27}
print(f(), f() == {27, 19, 11, 3}, 11 in {3, 11, 19, 27})
try:
    print({[1], 2, 3})
except TypeError as e:
    print("TypeError:", e)
