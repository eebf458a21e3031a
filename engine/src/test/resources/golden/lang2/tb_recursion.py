import sys
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(1)
print(d > 900, d <= 1000)
def fact(n):
    return n * fact(n - 1)
try:
    fact(5)
except RecursionError as e:
    print("RecursionError:", e)
class Node:
    def __init__(self):
        self.me = self
    def __repr__(self):
        return f"Node({self.me!r})"
try:
    repr(Node())
except RecursionError as e:
    print("RecursionError:", e)
lst = [1]
lst.append(lst)
print(lst, {"k": lst})
d = {}
d["self"] = d
print(d)
def ping(n):
    return pong(n)
def pong(n):
    return ping(n)
ping(0)
