import types

class Custom:
    def __await__(self):
        return self
    def __iter__(self):
        return self
    def __next__(self):
        return "custom-yield"
    def send(self, v):
        return "custom-send"
    def throw(self, *args):
        print("  Custom.throw got", args)
        raise StopIteration("from-throw")

class NoThrow:
    def __await__(self):
        return iter(["a", "b"])

@types.coroutine
def inner():
    try:
        yield "inner"
    finally:
        print("  inner finally")

async def outer(aw):
    try:
        r = await aw
        print("  outer got", r)
        return r
    except TypeError as e:
        print("  outer caught TypeError:", e)
        return "handled"

def attempt(aw, *args):
    c = outer(aw)
    print("first:", c.send(None))
    try:
        print("throw ->", c.throw(*args))
    except StopIteration as e:
        print("stop", e.value)
    except BaseException as e:
        print("raised", type(e).__name__, e)
    c.close()

attempt(Custom(), ValueError, "v")
attempt(Custom(), KeyError)
attempt(NoThrow(), ValueError("x"), "extra")
attempt(inner(), ValueError("x"), "extra")
attempt(inner(), ValueError, 1, "not tb")
attempt(inner(), 42)
attempt(inner(), ValueError, (1, 2))
g = inner()
print(next(g))
try:
    g.throw(ValueError, None, None)
except ValueError as e:
    print("plain", repr(e))
try:
    g.throw()
except TypeError as e:
    print(e)
