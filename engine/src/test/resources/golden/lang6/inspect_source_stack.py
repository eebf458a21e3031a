# inspect.stack()/getframeinfo/getouterframes and getsource/getsourcelines on the program's own
# code; linecache reads the program's lines.
import inspect
import linecache
import functools


def where_am_i():
    caller = inspect.stack()[1]
    return f"called from {caller.function} at line {caller.lineno}: {caller.code_context[0].strip()}"


def report():
    print(where_am_i())
    info = inspect.getframeinfo(inspect.currentframe())
    print(info.function, info.lineno, info.index, info.code_context, info.filename == __file__)
    print([fi.function for fi in inspect.stack()], [fi.function for fi in inspect.getouterframes(inspect.currentframe())])
    print(inspect.stack(context=3)[0].code_context, inspect.stack(0)[0].code_context, inspect.stack()[0][3])


report()


def deco(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner


@deco
def decorated(x,
              y=2):
    """Two-line signature."""
    # a comment in the body
    total = x + y

    return total
    # trailing comment kept (indented like the body)


def one_liner(): return 1


class Shape:
    """A class."""
    sides = 0

    def area(self):
        return 0


@functools.total_ordering
class Square(Shape):
    def __init__(self, side):
        self.side = side

    def __lt__(self, other):
        return self.side < other.side


square = lambda v: v * v

for obj in (decorated, one_liner, Shape, Shape.area, Shape().area, Square, square, report):
    lines, start = inspect.getsourcelines(obj)
    print(f"--- {getattr(obj, '__qualname__', obj)} from line {start}, {len(lines)} lines")
    print(inspect.getsource(obj), end='')
print(inspect.getfile(report) == __file__, inspect.getsourcefile(Shape) == __file__)
for bad in (1, len, int):
    try:
        inspect.getfile(bad)
    except TypeError as e:
        print(type(e).__name__, e)

print(repr(linecache.getline(__file__, 1)), repr(linecache.getline(__file__, 10**6)), repr(linecache.getline('nope.py', 1)))
print(len(linecache.getlines(__file__)) > 50, linecache.getlines('nope.py'))
try:
    1 / 0
except ZeroDivisionError as e:
    for fi in inspect.getinnerframes(e.__traceback__):
        print(fi.function, fi.lineno, fi.code_context)
