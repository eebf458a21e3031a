import inspect, types, asyncio, functools

async def coro_fn(a, b=2, *args, c, d=4, **kw):
    await asyncio.sleep(0)
    return a

def gen_fn():
    yield 1

async def agen_fn():
    yield 1

@types.coroutine
def old_style():
    yield

class K:
    async def method(self): pass
    @staticmethod
    async def smethod(): pass
    @classmethod
    async def cmethod(cls): pass

partial_coro = functools.partial(coro_fn, 1)
for obj in (coro_fn, gen_fn, agen_fn, old_style, K.method, K().method, K.smethod, K.cmethod, partial_coro, lambda: 0, print):
    name = getattr(obj, "__qualname__", type(obj).__name__)
    print(f"{name:<16}", inspect.iscoroutinefunction(obj), inspect.isgeneratorfunction(obj),
          inspect.isasyncgenfunction(obj), inspect.isfunction(obj), inspect.ismethod(obj), inspect.isbuiltin(obj))
print(inspect.signature(coro_fn), inspect.signature(K.method), inspect.signature(K().method), inspect.signature(partial_coro))
sig = inspect.signature(coro_fn)
print([(p.name, str(p.kind), p.default is inspect.Parameter.empty) for p in sig.parameters.values()])
b = sig.bind(1, 2, 3, c=5, e=6)
print(b.arguments, b.args, b.kwargs)
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError:", e)
c = coro_fn(1, c=3)
print(inspect.getcoroutinestate(c), inspect.iscoroutine(c), inspect.isawaitable(c), type(c) is types.CoroutineType)
print(sorted(inspect.getcoroutinelocals(c).items()))
c.close()
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
g = gen_fn()
print(inspect.getgeneratorstate(g), next(g), inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
g.close()
print(inspect.getgeneratorstate(g))
ag = agen_fn()
print(inspect.isasyncgen(ag), type(ag) is types.AsyncGeneratorType, inspect.isawaitable(ag.__anext__()))
print(types.FunctionType, types.MethodType, types.BuiltinFunctionType, types.GeneratorType, types.SimpleNamespace(a=1, b="x"))
ns = types.SimpleNamespace(x=1)
ns.y = 2
print(ns, ns == types.SimpleNamespace(x=1, y=2), vars(ns))
print(inspect.isclass(K), inspect.isroutine(print), inspect.isroutine(K.method), inspect.getmro(bool))
print(inspect.iscoroutinefunction(functools.partial(K.method)), asyncio.iscoroutinefunction(old_style), inspect.iscoroutinefunction(old_style))
oc = old_style()
print(inspect.isawaitable(oc), inspect.iscoroutine(oc), asyncio.iscoroutine(oc), type(oc).__name__)
def documented(x: int, y: "str" = "q") -> bool:
    """Doc line."""
print(inspect.signature(documented), documented.__annotations__, inspect.getdoc(documented), documented.__doc__)
print(inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.VAR_KEYWORD.description if hasattr(inspect.Parameter.VAR_KEYWORD, "description") else "")
