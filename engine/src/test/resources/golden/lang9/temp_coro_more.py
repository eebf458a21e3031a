# More temporaries holding a never-awaited coroutine: subscripts and slices of displays, 'not',
# 'or', unpacking, ** merges, chained comparisons, a discarded call result, a deleted dict item.
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    print(f"  {category.__name__} at line {lineno}: {message}")


warnings.showwarning = show


async def coro():
    return 1


print("subscript", [coro()][0] is not None)
print("after subscript")
a, b = coro(), 1
print("unpacked")
a = None
print("a dropped")
print("not list", not [coro()])
print("or", bool(coro() or 1))
print("merge", len({**{"a": coro()}}))
print("chain", 1 < len([coro()]) < 3)


def make():
    return [coro()]


make()
print("result dropped")
d = {"k": coro()}
del d["k"]
print("del item")
print("list()", len(list((coro(),))))
print("tuple slice", (coro(), 2)[1:])
print("end")
