class Shape:
    def area(self):
        raise NotImplementedError("subclasses must define area()")


class Square(Shape):
    pass


print(Square().area())
