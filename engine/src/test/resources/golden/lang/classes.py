class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    def __eq__(self, other):
        return isinstance(other, Animal) and self.name == other.name
    def __hash__(self):
        return hash(self.name)
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return super().speak() + " (woof)"
class Puppy(Dog):
    def speak(self):
        return "tiny " + super().speak()
p = Puppy("rex")
print(p, p.speak(), p.kind, Animal.count, isinstance(p, Animal), issubclass(Puppy, Dog))
print(Puppy.__mro__, Puppy.__bases__, Puppy.__name__, Puppy.__qualname__)
print(Dog("a") == Dog("a"), Dog("a") != Dog("b"), len({Dog("a"), Dog("a")}))
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __call__(self, z):
        return self.x + self.y + z
    def __str__(self):
        return f"<{self.x},{self.y}>"
    __repr__ = __str__
v = V(1, 2) + V(3, 4)
print(v, v * 2, 3 * v, -v, len(v), v[0], list(v), 4 in v, bool(V(0, 0)), v(10))
print(sorted([V(2, 1), V(1, 5)]), max(V(1, 1), V(0, 9)))
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        self._c = v * 2
    @staticmethod
    def s(x):
        return x + 1
    @classmethod
    def make(cls):
        return cls()
t = Temp.make(); t.c = 5
print(t.c, Temp.s(1), t.s(2), type(t).__name__)
class Ctx:
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is KeyError
with Ctx() as c1:
    print("inside", type(c1).__name__)
with Ctx():
    raise KeyError("swallowed")
print("after with")
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
class A:
    def __init_subclass__(cls, **kw):
        cls.registered = True
class B(A):
    pass
print(B.registered, getattr(B, "missing", "dflt"), hasattr(B, "registered"))
o = A(); o.x = 1; setattr(o, "y", 2); print(vars(o), o.__dict__); delattr(o, "x"); print(vars(o))
class G:
    def __getattr__(self, name):
        return name.upper()
print(G().hello)
print(type(1), type("s"), type(None), type(type), type(len), type(print), int.__name__)
print(A, A.__module__, o.__class__ is A)
