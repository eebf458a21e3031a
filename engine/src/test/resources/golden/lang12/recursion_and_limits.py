import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(500))))
sys.setrecursionlimit(100)
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth()
print(80 < d < 100)
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError:", e)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(big)) > 100, sys.get_int_max_str_digits())
sys.set_int_max_str_digits(6000)
print(len(str(big)))
sys.set_int_max_str_digits(4300)
l = [1, 2]
l.append(l)
print(l, repr(l))
d = {"k": 1}
d["self"] = d
print(d)
class Node:
    def __init__(self):
        self.children = [self]
    def __repr__(self):
        return f"Node({self.children})"
try:
    repr(Node())
except RecursionError as e:
    print("RecursionError in repr")
t = ([],)
t[0].append(t)
print(t)
import copy
a = [1, [2, 3]]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b[1] is not a[1], b)
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
try:
    mutual_a(1)
except RecursionError as e:
    print("mutual:", e)
def gen_rec():
    yield from gen_rec()
try:
    list(gen_rec())
except RecursionError as e:
    print("generator:", e)
mutual_a(1)
