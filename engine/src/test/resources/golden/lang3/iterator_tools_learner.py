import itertools as it
print(list(it.islice(it.count(10, 5), 3)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.chain([1], (2,), "ab")), list(it.chain.from_iterable([[1], [2, 3]])), list(it.accumulate([1, 2, 3], initial=10)))
print(list(it.combinations("abc", 2)), list(it.permutations([1, 2, 3], 2))[:3], list(it.product("ab", repeat=2)))
print([(k, list(g)) for k, g in it.groupby("aabbbc")], list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.compress("abc", [1, 0, 1])))
print(list(it.pairwise("abcd")), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.filterfalse(None, [0, 1, "", "a"])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.combinations_with_replacement("ab", 2)), list(it.islice("abcdef", 1, None, 2)))
for bad in [lambda: it.islice([], -1), lambda: it.repeat(), lambda: list(it.permutations([1], -1)), lambda: it.count("a"), lambda: list(it.product(1))]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
