import itertools
for o in [itertools.product([1]), itertools.permutations([1]), itertools.combinations([1], 1), itertools.combinations_with_replacement([1], 1), itertools.groupby([1]), itertools.tee([1])[0]]:
    print(type(o).__name__, str(type(o)), iter(o) is o)
    for op in (lambda: o + 1, lambda: o.nope, lambda: o[0], lambda: len(o), lambda: -o):
        try:
            op()
        except Exception as e:
            print(f"  {type(e).__name__}: {e}")
k, g = next(itertools.groupby("aab"))
print(type(g).__name__, list(g))
