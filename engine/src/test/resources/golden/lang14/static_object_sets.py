# The order of a set holding built-in types, None, Ellipsis or NotImplemented follows their hashes,
# which in CPython 3.11 come from their fixed addresses inside the interpreter.
kinds = {int, str, float, list, dict, tuple, set, bool, type(None), object, ValueError, TypeError, KeyError}
print(kinds)
print({None, -1, -2, 9, 17})
print({None, 0, 1, 2, 3, 4, 5, 6, 7})
print({..., NotImplemented, None})
values = [3, "a", 2.5, None, [1], (2,), {}, {1}, True, b"x", 7, "b", None, 1.0]
print({type(v) for v in values})
print([t.__name__ for t in {type(v) for v in values}])
counts = {}
for v in values:
    counts[type(v).__name__] = counts.get(type(v).__name__, 0) + 1
print(sorted(counts.items()))
errors = {ZeroDivisionError, OverflowError, ArithmeticError, LookupError, IndexError, KeyError, Exception}
print(errors)
print(sorted(e.__name__ for e in errors) == sorted(map(lambda e: e.__name__, errors)))
s = {frozenset, bytes, bytearray, range, slice, complex, memoryview, zip, map, filter, enumerate, reversed}
print(s)
s.discard(range)
s.add(property)
print(s, len(s))
print(hash(None) == hash(None), {None: 1, int: 2, str: 3})
