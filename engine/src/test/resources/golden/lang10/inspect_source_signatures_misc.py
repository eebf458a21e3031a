import inspect, asyncio, abc, functools

async def fetch(url: str, *, retries: int = 3) -> dict:
    """Fetch a URL.

    Retries a few times.
    """
    await asyncio.sleep(0)
    return {}

class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
class Impl(Base):
    def run(self): return 1

print(inspect.getsource(fetch))
print(inspect.getdoc(fetch), "|", inspect.cleandoc("  a\n    b"), "|", fetch.__doc__.splitlines()[0])
print(inspect.isabstract(Base), inspect.isabstract(Impl), inspect.getmro(Impl)[1].__name__)
print(inspect.isfunction(fetch), inspect.ismethod(Impl().run), inspect.isclass(Impl), inspect.isroutine(len), inspect.isbuiltin(len), inspect.ismodule(inspect))
print(inspect.signature(asyncio.sleep), inspect.signature(asyncio.gather), inspect.signature(asyncio.wait_for))
print(inspect.signature(len), inspect.signature(sorted), inspect.signature(dict.get))
sig = inspect.signature(fetch)
new = sig.replace(parameters=[p.replace(annotation=inspect.Parameter.empty) for p in sig.parameters.values()], return_annotation=inspect.Signature.empty)
print(new, sig.parameters["retries"].default, str(sig.parameters["url"]), sig.parameters["retries"].kind.description)
print(inspect.getmembers(Impl(), inspect.ismethod)[0][0], [n for n, _ in inspect.getmembers(Impl) if not n.startswith("_")])
@functools.wraps(fetch)
async def wrapped(*a, **k):
    return await fetch(*a, **k)
print(inspect.signature(wrapped), inspect.unwrap(wrapped) is fetch, inspect.iscoroutinefunction(wrapped), wrapped.__wrapped__.__name__)
print(inspect.getattr_static(Impl, "run").__qualname__, inspect.getsourcelines(Impl.run)[1], inspect.getfile(fetch).endswith(".py"))
frame_info = inspect.stack()[0]
print(frame_info.function, frame_info.lineno, frame_info.code_context[0].strip()[:20], type(frame_info).__name__)
async def show_stack():
    return [f.function for f in inspect.stack()][:2]
print(asyncio.run(show_stack()))
print(inspect.getcoroutinestate(fetch("u")), inspect.getgeneratorstate((x for x in [])))
