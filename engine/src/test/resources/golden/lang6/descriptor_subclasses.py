# Subclasses of property, classmethod and staticmethod keep their own type; their __get__ wins.
class MyCM(classmethod):
    pass


class MySM(staticmethod):
    pass


class MyProp(property):
    def extra(self):
        return "extra from " + type(self).__name__


class A:
    @MyCM
    def c(cls):
        return cls.__name__

    @MySM
    def s():
        return 's'

    @MyProp
    def p(self):
        return 42


for name in ('c', 's', 'p'):
    print(name, type(A.__dict__[name]).__name__, isinstance(A.__dict__[name], (classmethod, staticmethod, property)))
print(A.c(), A.s(), A().p, A.__dict__['p'].extra())


class logged(property):
    """A property that reports each read; setter() keeps the subclass."""
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        v = super().__get__(obj, typ)
        print("read", v)
        return v


class B:
    def __init__(self):
        self._x = 7

    @logged
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        print("set", v)
        self._x = v


b = B()
print(b.x)
b.x = 3
print(b.x, type(B.__dict__['x']).__name__)
B.__dict__['x'].note = "kept"
print(B.__dict__['x'].note, B.__dict__['x'].__dict__)


class named(property):
    """A property subclass with its own __init__ signature."""
    def __init__(self, label, fget=None):
        super().__init__(fget)
        self.label = label


class C:
    v = named("the v", lambda self: 99)


print(C().v, C.__dict__['v'].label, C.__dict__['v'].fset)
try:
    C().v = 1
except AttributeError as e:
    print(type(e).__name__, e)


class counted(classmethod):
    calls = 0

    def __get__(self, obj, typ=None):
        type(self).calls += 1
        return super().__get__(obj, typ)


class D:
    @counted
    def make(cls):
        return cls()


D.make(); D().make()
print(counted.calls, type(D.make).__name__)


class tagged(staticmethod):
    def __init__(self, f):
        super().__init__(f)
        self.tag = f.__name__.upper()


class E:
    @tagged
    def helper(x):
        return x * 2


print(E.helper(4), E().helper(5), E.__dict__['helper'].tag)

# __set_name__ errors are wrapped in a RuntimeError whose cause is the original error.
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)


try:
    class F:
        attr = Bad()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(repr(e.__cause__), e.__suppress_context__)

class Fine:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)


class G:
    one = Fine()
    two = Fine()
