import math, collections
def check(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, type(e).__name__, e, sep=" | ")
class Point:
    def __init__(self):
        self.xcoord = 1
        self.ycoord = 2
    def distance(self):
        return 0
pt = Point()
check(1, lambda: pt.xcord)
check(2, lambda: pt.distanse())
check(3, lambda: math.pii)
check(4, lambda: "s".startwith("x"))
check(5, lambda: [].lenght)
check(6, lambda: collections.defaultdic)
check(7, lambda: pt.zzzzzzzz)
check(8, lambda: {}.iteritems())
check(9, lambda: None.append)
check(10, lambda: (1).bit_lenght())
try:
    import mathh
except ImportError as e:
    print(13, type(e).__name__, e)
def scope():
    counter = 1
    return countr
check(14, scope)
check(15, lambda: prnt)
check(16, lambda: Flase)
check(17, lambda: true)
check(18, lambda: none)
class Sub(Point):
    def go(self):
        return xcoord
check(19, lambda: Sub().go())
pt.distanse()
