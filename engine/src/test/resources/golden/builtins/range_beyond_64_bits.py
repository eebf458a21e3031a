r = range(10 ** 30)
print(r, r.start, r.stop, r.step, r[5], r[-1], r[-1] % 7, bool(r), bool(range(10**30, 0)))
print(10**29 in r, -1 in r, 10**30 in r, r.index(12345678901234567890123), r.count(7))
print(r == range(0, 10**30, 1), r == range(10**30 + 1), hash(r) == hash(range(0, 10**30)))
s = range(-10**20, 10**20, 3 * 10**19)
print(list(s), s[2], len(s))
it = iter(range(2**63 - 2, 2**63 + 2))
print(type(it).__name__, list(it))
print(list(range(2**64, 2**64 - 3, -1)))
print(range(5) == range(0, 5), range(2**70, 2**70 + 3)[1])
try:
    len(r)
except OverflowError as e:
    print("OverflowError:", e)
try:
    r[10**30]
except IndexError as e:
    print("IndexError:", e)
