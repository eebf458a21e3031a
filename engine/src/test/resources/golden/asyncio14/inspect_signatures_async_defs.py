import inspect, asyncio, functools

async def fetch(url, *, timeout: float = 1.0, retries=3, **opts) -> bytes:
    return b""

class Client:
    async def get(self, path, /, query=None, *args, verbose=False):
        pass
    @classmethod
    async def build(cls, host: str = "localhost"):
        return cls()
    @staticmethod
    async def ping(n: int) -> bool:
        return True

async def agen(a, b=2):
    yield a

for fn in [fetch, Client.get, Client().get, Client.build, Client.ping, agen,
           functools.partial(fetch, "http://x", retries=5)]:
    sig = inspect.signature(fn)
    print(getattr(fn, "__name__", type(fn).__name__), sig)
    for name, p in sig.parameters.items():
        print("   ", name, p.kind.name, p.default is p.empty, p.annotation)
    print("    return:", sig.return_annotation)
for fn in [fetch, Client.get, agen]:
    spec = inspect.getfullargspec(fn)
    print(spec)
print(inspect.iscoroutinefunction(Client.build), inspect.iscoroutinefunction(Client().build))
print(inspect.isasyncgenfunction(agen), inspect.isawaitable(fetch("u")) if False else None)
ba = inspect.signature(fetch).bind("u", timeout=2, extra=1)
print(ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba)
try:
    inspect.signature(fetch).bind()
except TypeError as e:
    print("TypeError:", e)
print(inspect.getcallargs(fetch, "u", retries=9))
