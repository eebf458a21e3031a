# range() of small bounds takes a path without big integers; ranges near and past 2**61, 2**62
# and 2**63 must still have CPython's length, items, membership, slices and errors.
edges = [0, 1, -1, 2**61 - 1, 2**61, -(2**61) + 1, -(2**61), 2**62, -(2**62), 2**63 - 1, 2**63, -(2**63), 2**64]
steps = [1, -1, 3, -7, 2**61 - 1, 2**61, -(2**61), 2**62, 2**63]
for a in (0, -5, 2**61 - 3, -(2**61) + 2):
    for b in edges:
        for s in steps:
            r = range(a, b, s)
            try:
                n = len(r)
            except OverflowError as e:
                n = 'overflow: ' + str(e)
            last = r[-1] if r else None
            print(a, b, s, n, r[0] if r else None, last, (b - 1) in r, r[1:3], r[::-2][:2] if r else r)
print(list(range(5)), list(range(2, -3, -1)), list(range(-3)), list(range(True, 4)))
print(range(2**61 - 1)[-1], range(-(2**61) + 1, 0)[0], len(range(-(2**61) + 1, 2**61 - 1)))
for bad in [(1, 2, 0), (1.5,), ('a', 3)]:
    try:
        range(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
