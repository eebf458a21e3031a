class Shape:
    __match_args__ = ("kind", "size")
    def __init__(self, kind, size=None):
        self.kind = kind
        if size is not None:
            self.size = size

def area(s):
    match s:
        case Shape("square", side):
            return side * side
        case Shape("circle", r, _):
            return 3 * r * r
        case _:
            return 0

print(area(Shape("circle")))
print(area(Shape("square", 3)))
print(area(Shape("circle", 2)))
