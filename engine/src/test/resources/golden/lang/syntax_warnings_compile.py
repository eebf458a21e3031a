x = 1
y = "a"
print("start")
if x is 1:
    print("is 1")
if y is not "b":
    print("is not b")
print(x is None, x is True, x is ..., x is -1, x is (1, 2), () is ())
def f():
    return [1, 2] is [1, 2]
print(f())
try:
    z = [
        (1, 2)
        (3, 4)
    ]
except TypeError as e:
    print("TypeError:", e)
try:
    print("abc"["x"])
except TypeError as e:
    print("TypeError:", e)
try:
    print([1, 2]["k"])
except TypeError as e:
    print("TypeError:", e)
try:
    print(5[0])
except TypeError as e:
    print("TypeError:", e)
try:
    print({1, 2}[0])
except TypeError as e:
    print("TypeError:", e)
try:
    "text"(1)
except TypeError as e:
    print("TypeError:", e)
try:
    [1](0)
except TypeError as e:
    print("TypeError:", e)
try:
    assert (x == 2, "x should be 2")
    print("assert passed (always true)")
except AssertionError:
    print("unreachable")
print((1, 2)[1], "abc"[1:], [1][0], {"a": 1}["a"], x is x)
