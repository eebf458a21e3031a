def f():
    pass

def g(a, b=1, *args, c, d=2, **kwargs) -> int:
    return a

def h(a, b, /, c, *, d):
    return

def k(a=1, /, b=2, *, c):
    pass

def ann(a: int, *args: str, b: "x" = 3, **kw: float) -> None:
    pass

@decorator
def decorated():
    pass

@a.b(c)
@d
class C(Base, metaclass=Meta):
    x = 1

    def method(self):
        return self.x

class Empty:
    pass

class D():
    pass

async def coro():
    await x
    async for i in aiter():
        pass
    async with lock as l:
        pass
    async with a, b:
        pass
    return [i async for i in agen()]

async def more():
    x = await f()
    y = [await z for z in w]
    await asyncio.sleep(0)

def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from other()
    yield *a, b
    return (yield)

def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = 2
    return inner

@property
async def prop(self): return 1

def star_ann(*args: *Ts): pass
