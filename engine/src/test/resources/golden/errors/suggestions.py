class Point:
    def __init__(self):
        self.xcoord = 1
        self.ycoord = 2
def area(p):
    return p.xcord * p.ycoord
counter = 0
def bump():
    return countr + 1
for fn, arg in ((area, Point()), (bump, None)):
    try:
        fn(arg) if arg is not None else fn()
    except (AttributeError, NameError) as e:
        print(type(e).__name__, e)
values = [1, 2, 3]
print(values[1] + values[5] * 2)
