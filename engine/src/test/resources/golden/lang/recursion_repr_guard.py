a = [1, 2]
a.append(a)
print(a, repr(a))
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Node({self.children!r})"
n = Node()
n.children.append(n)
try:
    print(n)
except RecursionError as e:
    print("RecursionError:", e)
s = set()
print(s, {1} == {True}, [[]] * 2, a == a, a[2] is a)
import copy
b = copy.deepcopy(a)
print(b[2] is b, b is not a)
