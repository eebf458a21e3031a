# Star-args and keyword displays holding never-awaited coroutines die with the call.
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    print(f"  {category.__name__} at line {lineno}: {message}")


warnings.showwarning = show  # the warnings in order with the prints

async def coro():
    return 1

def f(*a, **k):
    return len(a) + len(k)

print("a")
print(f(*[coro(), coro()]))
print("b")
print(f(**{"x": coro()}))
print("c")
print(f(*(coro(),), **{"y": coro()}))
print("d")
print(len([c for c in [coro()]]))
print("e")
