# functools' Python parts: partialmethod, singledispatch, singledispatchmethod, cached_property.
import functools
from functools import partialmethod, singledispatch, singledispatchmethod, cached_property


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Cell:
    def __init__(self):
        self.state = None

    def set(self, value, flag=False):
        self.state = (value, flag)
        return self.state

    on = partialmethod(set, True)
    off = partialmethod(set, False, flag=True)
    sm = partialmethod(staticmethod(lambda a, b: a + b), 10)
    cm = partialmethod(classmethod(lambda cls, v: (cls.__name__, v)), 'x')


c = Cell()
print(c.on(), c.off(), c.sm(5), c.cm(), Cell.cm(), Cell.sm(1))
print(type(Cell.__dict__['on']).__name__)
attempt('bad', lambda: partialmethod(3))


@singledispatch
def show(x):
    return 'obj:' + repr(x)


@show.register
def _(x: int):
    return 'int:%d' % x


@show.register(list)
def _(x):
    return 'list of %d' % len(x)


show.register(float, lambda x: 'float')
print(show(1), show(True), show([1, 2]), show(1.5), show('s'), show.__name__)
print(show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry))
attempt('no args', show)
attempt('bad reg', lambda: show.register(3, lambda x: x))
attempt('no ann', lambda: show.register(len))


def badann(x: 'notaclass'):
    pass


attempt('bad ann', lambda: show.register(badann))


class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return 'default'

    @fmt.register
    def _(self, arg: int):
        return 'int'

    @fmt.register(str)
    def _(self, arg):
        return 'str'


print(Fmt().fmt(1), Fmt().fmt('a'), Fmt().fmt(2.0), Fmt.fmt.__name__)


class Lazy:
    calls = 0

    @cached_property
    def value(self):
        Lazy.calls += 1
        return 42


z = Lazy()
print(z.value, z.value, Lazy.calls, 'value' in z.__dict__, type(Lazy.value).__name__)
del z.value
print(z.value, Lazy.calls)
z.value = 7
print(z.value)


def twice_named():
    cp = cached_property(lambda self: 1)
    try:
        class T:
            a = cp
            b = cp
    except (RuntimeError, TypeError) as e:
        # 3.11 wraps the error of __set_name__ in a RuntimeError; the message checked is cached_property's.
        return str(e.__cause__ or e)


attempt('twice', twice_named)
print(functools.WRAPPER_UPDATES)
