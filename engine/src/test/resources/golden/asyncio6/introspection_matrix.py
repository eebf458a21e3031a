import asyncio, inspect, types, collections.abc as cabc

async def coro_fn():
    await asyncio.sleep(0)

async def agen_fn():
    yield 1

def gen_fn():
    yield 1

@types.coroutine
def gen_coro():
    yield

class Awaitable:
    def __await__(self):
        yield

objs = {
    "coro_fn": coro_fn, "agen_fn": agen_fn, "gen_fn": gen_fn, "gen_coro": gen_coro,
    "lambda": lambda: None, "partial": __import__("functools").partial(coro_fn),
}
checks = [inspect.iscoroutinefunction, inspect.isasyncgenfunction, inspect.isgeneratorfunction,
          asyncio.iscoroutinefunction]
print(f"{'':10}" + "".join(f"{c.__name__[:14]:>16}" for c in checks))
for name, o in objs.items():
    print(f"{name:10}" + "".join(f"{str(c(o)):>16}" for c in checks))

c, a, g, gc, aw = coro_fn(), agen_fn(), gen_fn(), gen_coro(), Awaitable()
insts = {"coro": c, "agen": a, "gen": g, "gen_coro": gc, "awaitable": aw, "wrapper": c.__await__(),
         "anext": a.__anext__(), "future": None}
checks2 = [inspect.iscoroutine, inspect.isawaitable, inspect.isasyncgen, inspect.isgenerator,
           asyncio.iscoroutine, lambda o: isinstance(o, cabc.Coroutine), lambda o: isinstance(o, cabc.Awaitable),
           lambda o: isinstance(o, cabc.Generator), lambda o: isinstance(o, cabc.AsyncIterator)]
for name, o in insts.items():
    if name == "future":
        continue
    print(f"{name:10}", [int(bool(ch(o))) for ch in checks2])
print(hex(coro_fn.__code__.co_flags & 0x3a0), hex(agen_fn.__code__.co_flags & 0x3a0),
      hex(gen_fn.__code__.co_flags & 0x3a0), hex(gen_coro.__code__.co_flags & 0x3a0))
print(type(c.__await__()).__name__, type(a.__anext__()).__name__, type(a.aclose()).__name__, type(a.athrow(ValueError)).__name__)
for o in (c, gc):
    o.close()
print(inspect.getcoroutinestate(c), inspect.getgeneratorstate(gc))
