# A never-awaited coroutine held by an exception's arguments dies with the exception.
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    print(f"  {category.__name__} at line {lineno}: {message}")


warnings.showwarning = show  # the warnings in order with the prints

async def coro():
    return 1

print("a")
try:
    raise ValueError(coro())
except ValueError as e:
    print("caught", type(e.args[0]).__name__)
print("b")
try:
    raise KeyError([coro()])
except KeyError:
    print("caught2")
print("c")
e = RuntimeError(coro())
print("d")
e = None
print("e")
def risky(c):
    raise ValueError("bad", [c])

print("a")
try:
    risky(coro())
except ValueError as e:
    print("caught", e.args[0])
print("b")
try:
    raise RuntimeError((coro(), 1))
except RuntimeError:
    print("caught2")
print("c")
errors = []
try:
    raise KeyError({"c": coro()})
except KeyError as e:
    errors.append(e)
print("d", len(errors))
errors.clear()
print("e")
