# operator.itemgetter/attrgetter/methodcaller are types with CPython's reprs and errors;
# staticmethod/classmethod reprs show the wrapped callable; itertools.repeat shows what is left.
import operator
import itertools

getters = [operator.itemgetter(1), operator.itemgetter(1, 'a'), operator.attrgetter('real'),
           operator.attrgetter('x.y', 'z'), operator.methodcaller('split', ',', maxsplit=1),
           operator.methodcaller('upper')]
for g in getters:
    print(repr(g), type(g).__name__, isinstance(g, (operator.itemgetter, operator.attrgetter, operator.methodcaller)))

rows = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z')]
print(sorted(rows, key=operator.itemgetter(1)), max(rows, key=operator.itemgetter(0)))
print(operator.itemgetter(0, 2)(rows[0]), operator.itemgetter(slice(1, None))('hello'))
print(operator.attrgetter('real', 'imag')(3 + 4j), operator.methodcaller('split', ',', maxsplit=1)('a,b,c'))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.origin = None


p = Point(1, 2)
p.origin = Point(0, 0)
print(operator.attrgetter('origin.x', 'y')(p))

for make in ("operator.itemgetter()", "operator.itemgetter(1)()", "operator.itemgetter(1, k=2)",
             "operator.attrgetter(1)", "operator.attrgetter()", "operator.methodcaller()",
             "operator.methodcaller(1)", "operator.attrgetter('a')(1, 2)", "operator.methodcaller('a')()",
             "operator.itemgetter(5)([1])", "operator.attrgetter('nope')(p)"):
    try:
        eval(make)
    except (TypeError, IndexError, AttributeError) as e:
        print(make, '->', type(e).__name__, e)
try:
    class Sub(operator.itemgetter):
        pass
except TypeError as e:
    print(e)


class K:
    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        pass


print(repr(K.__dict__['s']).split(' at ')[0], repr(K.__dict__['c']).split(' at ')[0])
print(staticmethod(len), classmethod(abs), staticmethod(1))

r = itertools.repeat('a', 2)
print(r, next(r), r, next(r), r, list(r))
print(itertools.repeat(1), list(itertools.repeat(1, -5)), list(itertools.repeat(None, 0)))
