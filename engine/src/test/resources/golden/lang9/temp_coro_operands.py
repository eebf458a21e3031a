# A never-awaited coroutine held only by a temporary (a display passed to a builtin, an operand
# of an operator, a formatted value) dies, and warns, at the line that drops the temporary.
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    print(f"  {category.__name__} at line {lineno}: {message}")


warnings.showwarning = show  # the warnings in order with the prints


async def coro():
    return 1


print("len of a list")
n = len([coro()])
print("len of a tuple", len((coro(), coro())))
print("len of a dict", len({"k": coro()}))
print("len of a set", len({coro()}))
s = "%s" % (coro(),)
print("percent format", s[:10])
t = "{0}{1}".format(1, [coro()])
print("str.format", t[:3])
u = f"{[coro()]}"[:2]
print("f-string", u)
print("is None", coro() is None)
print("== 3", coro() == 3)
print("in a list", coro() in [1, 2])
print("sorted", sorted([3, 1], key=lambda x: -x), len({coro()}))
x = coro()
print("bound to x")
x = None
print("x rebound")
lst = [coro(), coro()]
print("in a list variable")
del lst
print("deleted")
print("end")
