# The itertools iterators are classes: type(), isinstance() and reprs as CPython's.
import itertools

for name in ['chain', 'count', 'cycle', 'repeat', 'accumulate', 'compress', 'dropwhile', 'filterfalse', 'groupby',
             'islice', 'pairwise', 'starmap', 'takewhile', 'zip_longest', 'product', 'permutations', 'combinations',
             'combinations_with_replacement', 'tee']:
    obj = getattr(itertools, name)
    print(name, type(obj).__name__, repr(obj))

samples = [itertools.count(3), itertools.islice('abcdef', 1, None, 2), itertools.accumulate([1, 2, 3]),
           itertools.product('ab', repeat=2), itertools.zip_longest('a', 'bc'),
           itertools.starmap(pow, [(2, 3)]), itertools.pairwise('abc'), itertools.repeat('x', 2)]
for it in samples:
    print(type(it).__name__, isinstance(it, getattr(itertools, type(it).__name__)), list(itertools.islice(it, 4)))
print(isinstance(itertools.chain(), itertools.chain), itertools.count.__name__, itertools.count(5, 2))
print(list(itertools.combinations(range(4), 2)), list(itertools.permutations('abc', 2))[:3])
