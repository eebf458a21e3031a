print("before")
class Shape:
    sides = 4
    area = sides * width
