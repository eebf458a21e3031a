# Instance attribute reads and writes through one instruction, with the attribute at different
# places in different instances' dictionaries (the VM remembers where it last found a name).


class P:
    pass


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


a = P()
a.x = 1
a.y = 2
b = P()
b.y = 3
b.x = 4
print(get_x(a), get_x(b), get_x(a), get_x(b))

# Deleted and added again: the attribute moves to the end of the dictionary.
del a.x
a.z = 9
a.x = 5
print(get_x(a), list(a.__dict__), get_x(b))
set_x(a, 6)
set_x(b, 7)
print(list(a.__dict__.items()), list(b.__dict__.items()))

# Many attributes: the dictionary is rebuilt (positions change) between two reads.
c = P()
c.x = 0
print(get_x(c))
for i in range(40):
    setattr(c, "a%d" % i, i)
del c.a0, c.a1, c.a2
for i in range(40, 80):
    setattr(c, "a%d" % i, i)
set_x(c, 10)
print(get_x(c), len(c.__dict__), list(c.__dict__)[:3])

# A key equal to the name but built at run time.
d = P()
d.q = 1
setattr(d, "".join(["x"]), 11)
print(get_x(d), get_x(a), get_x(d))
set_x(d, 12)
print(d.__dict__)

# A new __dict__ object, and an attribute missing afterwards.
d.__dict__ = {"x": 13}
print(get_x(d))
d.__dict__ = {"y": 1}
try:
    get_x(d)
except AttributeError as e:
    print("AttributeError:", e)
set_x(d, 14)
print(d.__dict__, get_x(d))


# A class attribute, then shadowed per instance; a property (data descriptor) wins over the dict.
class Q:
    x = "class"


q1, q2 = Q(), Q()
print(get_x(q1))
q2.x = "own"
print(get_x(q1), get_x(q2), get_x(q1))


class R:
    @property
    def x(self):
        return "prop"

    @x.setter
    def x(self, v):
        self.__dict__["x"] = v


r = R()
set_x(r, 15)
print(get_x(r), r.__dict__)


# Methods looked up on instances whose dict holds the same name.
class S:
    def m(self):
        return "method"


s1, s2 = S(), S()
s2.m = lambda: "instance"
print([o.m() for o in (s1, s2, s1, s2)])
