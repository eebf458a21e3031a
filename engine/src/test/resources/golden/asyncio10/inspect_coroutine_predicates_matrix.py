# inspect / asyncio predicates over many callables and objects
import asyncio
import functools
import inspect

async def af(): pass
async def ag(): yield
def gf(): yield
def f(): pass
class C:
    async def m(self): pass
    @staticmethod
    async def sm(): pass
    @classmethod
    async def cm(cls): pass
    async def __call__(self): pass
lam = lambda: af()
part = functools.partial(af)
part2 = functools.partial(functools.partial(C.m), C())

@functools.wraps(af)
def wrapped(*a):
    return af(*a)

objs = {
    "af": af, "ag": ag, "gf": gf, "f": f, "C().m": C().m, "C.sm": C.sm, "C.cm": C.cm,
    "C()": C(), "lam": lam, "part": part, "part2": part2, "wrapped": wrapped,
}
preds = ["iscoroutinefunction", "isasyncgenfunction", "isgeneratorfunction", "isfunction", "ismethod"]
print(f"{'':8}" + "".join(f"{p[2:12]:>12}" for p in preds) + f"{'asyncio':>9}")
for name, o in objs.items():
    row = "".join(f"{str(getattr(inspect, p)(o)):>12}" for p in preds)
    print(f"{name:8}{row}{str(asyncio.iscoroutinefunction(o)):>9}")
c, a, g = af(), ag(), gf()
for name, o in [("coro", c), ("agen", a), ("gen", g), ("fut", None)]:
    print(name, inspect.iscoroutine(o), inspect.isasyncgen(o), inspect.isgenerator(o),
          inspect.isawaitable(o), asyncio.iscoroutine(o), asyncio.isfuture(o))
print(inspect.getcoroutinestate(c), inspect.getgeneratorstate(g))
c.close()
print(inspect.getcoroutinestate(c))
try:
    inspect.getcoroutinestate(g)
except AttributeError as e:
    print("AttributeError:", e)
print(inspect.getcoroutinelocals(c), inspect.getgeneratorlocals(g))
try:
    inspect.getcoroutinelocals(42)
except Exception as e:
    print(type(e).__name__, e)
