x = 5
if x is 5:
    print("five")
if x is not "a":
    print("not a")
points = [(1, 2) (3, 4)] if False else []
grid = [[1, 2] [0, 1]] if False else []
name = "abc"
print(name[1] if name is not () else 0)
assert (x, "msg")
s = "\d"
print(s)
d = {1: "a"}
print(d[1, 2] if False else "ok")
y = ["a" "b", 2 [0]] if False else 0
def f():
    return
    yield
