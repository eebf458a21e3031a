import math
def check(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
values = [1, 2]
def local_typo():
    numbers = [1, 2]
    return nubmers
check(1, local_typo)
check(2, lambda: valuse)
check(3, lambda: lenght)
check(4, lambda: Print)
check(5, lambda: math.squareroot)
check(6, lambda: math.Pi)
check(7, lambda: "abc".Upper)
check(8, lambda: [].add)
check(9, lambda: {}.has_key)
check(10, lambda: (1, 2).append)
check(11, lambda: sett)
check(12, lambda: Exeption)
check(13, lambda: ValueErorr)
check(14, lambda: xyzzy_totally_unknown)
class Robot:
    def __init__(self):
        self.position = 0
        self.speed = 1
    def move(self):
        return positon
    def go(self):
        return self.postion
check(15, lambda: Robot().move())
check(16, lambda: Robot().go())
check(17, lambda: Robot.mvoe)
def outer():
    counter = 0
    def inner():
        return countr
    return inner()
check(18, outer)
check(19, lambda: math.flor(2.5))
check(20, lambda: __nmae__)
check(21, lambda: ab)
check(22, lambda: a)
import collections
check(23, lambda: collections.Countr)
check(24, lambda: collections.namedtupel)
try:
    import collectons
except ModuleNotFoundError as e:
    print(26, e, e.name)
print(Robot().spede)
