# Ranges past 2**31 and 2**64: slicing, reversed(), len() up to sys.maxsize, __len__ limits.
r = range(2**100)
print(r[::2], r[5:10], r[-1], r[2**90])
print(reversed(r).__class__.__name__)
it = reversed(range(2**70, 2**70+3))
print(list(it))
print(len(range(2**31)), len(range(2**62)))
try:
    print(len(r))
except OverflowError as e:
    print("OverflowError:", e)
print(r.index(2**80), r.count(7), 2**99 in r)
print(range(0, 2**64, 3)[::-1])
x = reversed(range(2**64))
print(next(x))
print(range(10)[::-3], list(range(10)[::-3]))
print(type(reversed(range(3))), type(iter(range(3))), type(reversed(range(2**64))))
print(list(reversed(range(1, 20, 4))), list(reversed(range(20, 1, -7))))
print(range(2**64)[2**63:], range(2**64)[-5:-2], range(10**30)[::-10**29], range(5, 2**70)[1:2**69:2**60])
print(range(2**40)[10:20], len(range(2**40)[::3]), range(-2**65, 2**65)[::2**64])
print(range(0, 10**20, 7)[10**18 // 7])
class A:
    def __len__(self): return 2**40
print(len(A()))
class B:
    def __len__(self): return 2**70
try:
    len(B())
except OverflowError as e:
    print("OverflowError:", e)
try:
    bool(B())
except OverflowError as e:
    print("OverflowError:", e)
print(range(10)[2**100:], range(10)[-2**100:3], range(10)[:2**70:-1])
print(list(reversed(range(2**64, 2**64 + 3))), list(reversed(range(0))))
r = reversed(range(2**64 - 2, 2**64 + 1))
print(r.__length_hint__(), next(r), r.__length_hint__())
