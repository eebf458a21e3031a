import functools

@functools.singledispatch
def describe(x):
    return f"object {x!r}"

@describe.register
def _(x: int):
    return f"int {x}"

@describe.register(str)
@describe.register(bytes)
def _(x):
    return f"text {x!r}"

class Animal: pass
class Dog(Animal): pass

@describe.register
def _(x: Animal):
    return f"animal {type(x).__name__}"

for v in [1, True, "s", b"b", 2.5, Dog(), Animal(), None]:
    print(describe(v))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry), describe.__name__)
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
try:
    describe.register(5)
except TypeError as e:
    print("TypeError:", e)

class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return "generic"
    @fmt.register
    def _(self, arg: list):
        return f"list of {len(arg)}"
    @fmt.register
    def _(self, arg: float):
        return f"{arg:.1f}"
f = Formatter()
print(f.fmt([1, 2]), f.fmt(2.25), f.fmt("x"))

class Circle:
    calls = 0
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        Circle.calls += 1
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, Circle.calls, "area" in vars(c), type(Circle.area).__name__)
del c.area
print(c.area, Circle.calls)

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)
cell = Cell()
cell.set_alive()
print(cell.alive)
cell.set_dead()
print(cell.alive)
p = functools.partial(print, "pre", sep="-")
p("x", "y")
print(p.func is print, p.args, p.keywords, repr(functools.partial(max, 1)).startswith("functools.partial(<built-in function max>"))
