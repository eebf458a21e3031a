# Classes: a small particle simulation and a shape hierarchy with inheritance, super(),
# properties, class attributes, static/class methods and dunder methods.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    count = 0

    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self.bounces = 0
        Particle.count += 1

    def step(self, size):
        self.pos = self.pos + self.vel
        if not 0 <= self.pos.x < size:
            self.vel = Vec(-self.vel.x, self.vel.y)
            self.bounces += 1
        if not 0 <= self.pos.y < size:
            self.vel = Vec(self.vel.x, -self.vel.y)
            self.bounces += 1

    @property
    def energy(self):
        return self.vel.dot(self.vel)


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name}:{self.area()}"

    def __lt__(self, other):
        return self.area() < other.area()


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    @classmethod
    def unit(cls):
        return cls(1)


class Tri(Shape):
    def __init__(self, base, height):
        super().__init__("tri")
        self.base = base
        self.height = height

    def area(self):
        return self.base * self.height // 2

    @staticmethod
    def kind():
        return "triangle"


particles = [Particle(Vec(i % 50, (i * 7) % 50), Vec(i % 3 - 1, i % 5 - 2)) for i in range(900)]
for tick in range(550):
    for p in particles:
        p.step(50)
print("particles:", Particle.count, sum(p.bounces for p in particles), sum(p.energy for p in particles))
print("first:", particles[0].pos, particles[0].vel == Vec(-1, 2))

shapes = []
for i in range(200_000):
    k = i % 3
    if k == 0:
        shapes.append(Rect(i % 13 + 1, i % 7 + 1))
    elif k == 1:
        shapes.append(Square(i % 11 + 1))
    else:
        shapes.append(Tri(i % 9 + 2, i % 5 + 2))
shapes.sort()
print("shapes:", shapes[0].describe(), shapes[-1].describe(), sum(s.area() for s in shapes))
print("misc:", Square.unit().describe(), Tri.kind(), isinstance(shapes[5], Rect), type(shapes[-1]).__name__)
