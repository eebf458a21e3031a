# Built-in methods taking one argument called through obj.method(x) (no argument array):
# results, subclasses, unbound calls, and the errors for wrong self, counts and keywords.
L = []
L.append(1)
try:
    list.append(3, 4)
except TypeError as e:
    print(e)
try:
    L.append()
except TypeError as e:
    print(e)
try:
    L.append(1, 2)
except TypeError as e:
    print(e)
try:
    L.append(x=1)
except TypeError as e:
    print(e)
class MyList(list):
    pass
m = MyList()
m.append(5)
list.append(m, 6)
print(L, m, ",".join(["a", "b"]), str.join("-", "xyz"))
try:
    str.join(5, ["a"])
except TypeError as e:
    print(e)
s = {1}
s.add(2)
print(s)
import collections
d = collections.deque()
d.append(1)
print(d)
