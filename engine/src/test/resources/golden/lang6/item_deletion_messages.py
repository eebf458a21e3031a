# del x[k] on types without deletion: CPython says "doesn't" on its sequence path, "does not" otherwise.
class Plain:
    pass


class ReadOnly:
    def __getitem__(self, key):
        return key


class Idx:
    def __index__(self):
        return 0


for obj in ['abc', (1, 2), b'xy', range(3), Plain(), ReadOnly(), 5, None, {1}, frozenset(), iter([]), 1.5, len]:
    for key in (0, 'k', Idx(), True):
        try:
            del obj[key]
        except TypeError as e:
            print(type(obj).__name__, type(key).__name__, '->', e)
