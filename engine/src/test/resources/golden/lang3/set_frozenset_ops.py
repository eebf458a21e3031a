a, b = {1, 2, 3}, {3, 4}
print(a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 4}, a < a, {1} < a, a.isdisjoint(b), a.issuperset({1}))
print(sorted(a.union([9], (8,))), a.intersection(range(2, 10)), frozenset("aab") == frozenset("ab"), {frozenset({1}): "k"})
s = set()
s.add(1); s.update([2, 3], {4}); s.discard(99); s -= {1}
print(s, len(s), 2 in s, s.copy() is s, set("hello") == set("olleh"))
for op in [lambda: {[1]}, lambda: set().remove(0), lambda: {1} + {2}, lambda: frozenset().add(1), lambda: {1}[0], lambda: set(5), lambda: {1} < [1], lambda: {1} | [2]]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print({1, 2} == frozenset({1, 2}), type({1} | frozenset({2})).__name__, type(frozenset({2}) | {1}).__name__)
print(set(), frozenset(), repr(set([1])), {x % 4 for x in range(10)}, set(range(5)) - set(range(0, 5, 2)))
