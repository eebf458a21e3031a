# Slices without a step on str (with an astral character), list, tuple and their subclasses:
# every clamping case, __index__ order, identity of whole slices, errors for bad bounds.
class I:
    def __init__(self, v): self.v = v
    def __index__(self):
        print("index", self.v)
        return self.v
s = "héllo wörld\U0001F600x"
L = list(range(10)); T = tuple(L)
class TS(tuple): pass
class LS(list): pass
ts = TS(T); ls = LS(L)
for a in (None, -100, -3, 0, 2, 9, 10, 100, 10**30, -10**30):
    for b in (None, -100, -3, 0, 2, 9, 10, 100, 10**30, -10**30):
        print(a, b, repr(s[a:b]), L[a:b], T[a:b], ts[a:b], type(ts[a:b]).__name__, ls[a:b], type(ls[a:b]).__name__)
print(s[I(1):I(3)], L[I(2):I(4)], T[I(-2):])
print(T[:] is T, ts[:] is ts, s[:] is s, L[:] is L)
try:
    L["a":]
except TypeError as e:
    print(e)
try:
    s[1:"b"]
except TypeError as e:
    print(e)
try:
    T[1.5:]
except TypeError as e:
    print(e)
class SS(str): pass
x = SS("abc")
print(type(x[:]).__name__, x[:] is x, type(x[0:3]).__name__)
