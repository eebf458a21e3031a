for bad in ([1], {"a": 1}, {1}, bytearray(b"x"), ([1],)):
    try:
        hash(bad)
    except TypeError as e:
        print(e)
for op in (lambda: {[1]: 2}, lambda: {[1]}, lambda: set([{}]), lambda: {1: 2}[[1]], lambda: [1] in {1: 2},
           lambda: frozenset([[1]]), lambda: {}.setdefault([], 1), lambda: dict.fromkeys([[1]])):
    try:
        op()
    except TypeError as e:
        print(e)
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
except TypeError as e:
    print(e)
s = {1, 2}
s.add([3])
