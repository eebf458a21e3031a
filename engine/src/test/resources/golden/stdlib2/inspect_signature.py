import inspect, functools, asyncio

def f1(a, b, /, c, d=4, *, e, f=6, **kw) -> int: pass
def f2(*args, key=None): pass
def f3(x: "list[int]", y: float = 1.5, *rest: str): pass
async def fetch(url, *, timeout=10, retries: int = 3): pass
lam = lambda x, y=[1, 2]: None
class Greeter:
    def __init__(self, name, punct="!"):
        self.name = name
    def greet(self, other, *, loud=False): pass
    @classmethod
    def make(cls, n): pass
    @staticmethod
    def helper(a, b=0): pass
    async def run(self, delay: float) -> None: pass
class Empty: pass
class CallMe:
    def __call__(self, v, w=2): pass
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def wrapped(p, q=1): pass
p1 = functools.partial(f1, 1, 2)
p2 = functools.partial(fetch, timeout=5)
p3 = functools.partial(f3, y=2.0)
for obj in (f1, f2, f3, fetch, lam, Greeter, Greeter.greet, Greeter("x").greet, Greeter.make, Greeter.helper,
            Greeter.run, Empty, CallMe(), wrapped, p1, p2, p3):
    print(getattr(obj, "__name__", type(obj).__name__), inspect.signature(obj))
sig = inspect.signature(f1)
print(repr(sig), sig.return_annotation, list(sig.parameters))
for p in sig.parameters.values():
    print(" ", repr(p), p.kind, p.kind.description, p.default is p.empty, p.annotation is inspect.Parameter.empty)
ba = sig.bind(1, 2, 3, e=5, z=9)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
for args, kwargs in [((1,), {}), ((1, 2, 3, 4, 5), {"e": 1}), ((1, 2), {"c": 3, "e": 4, "a": 0}),
                     ((1, 2, 3), {"c": 3, "e": 1}), ((), {})]:
    try:
        print(sig.bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)
print(sig.bind_partial(1), inspect.signature(fetch).bind("u").arguments)
for bad in (5, "text"):
    try:
        print(inspect.signature(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
P = inspect.Parameter
s2 = inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.KEYWORD_ONLY, default=2)])
print(s2, s2 == inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.KEYWORD_ONLY, default=2)]), s2.replace(parameters=[]))
try:
    inspect.Signature([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)])
except ValueError as e:
    print("ValueError:", e)
try:
    P("1x", P.POSITIONAL_ONLY)
except ValueError as e:
    print("ValueError:", e)
print(inspect.getmro(bool), inspect.cleandoc("""  First
      indented
    less"""), inspect.getdoc(Greeter), inspect.getdoc(f1))
print([n for n, _ in inspect.getmembers(Greeter, inspect.isfunction)])
