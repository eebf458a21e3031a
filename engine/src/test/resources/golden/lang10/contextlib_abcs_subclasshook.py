import contextlib, abc, asyncio
from contextlib import AbstractContextManager, AbstractAsyncContextManager

class Manual:
    def __enter__(self): return self
    def __exit__(self, *exc): return False

class AsyncManual:
    async def __aenter__(self): return self
    async def __aexit__(self, *exc): return False

class HalfEnter:
    def __enter__(self): return self

class Blocked(Manual):
    __exit__ = None

class Inherits(AbstractContextManager):
    def __exit__(self, *exc):
        print("exit", exc[0])

class AInherits(AbstractAsyncContextManager):
    async def __aexit__(self, *exc):
        print("aexit", exc[0])

for obj in [Manual(), AsyncManual(), HalfEnter(), Blocked(), Inherits(), AInherits(), open if False else 1,
            contextlib.nullcontext(), contextlib.suppress(), contextlib.ExitStack(), contextlib.AsyncExitStack(),
            contextlib.closing(None), contextlib.redirect_stdout(None)]:
    print(f"{type(obj).__name__:<22} sync={isinstance(obj, AbstractContextManager)!s:<6}"
          f"async={isinstance(obj, AbstractAsyncContextManager)}")
print(issubclass(Manual, AbstractContextManager), type(AbstractContextManager).__name__,
      isinstance(AbstractContextManager, abc.ABCMeta))
with Inherits() as got:
    print(type(got).__name__)
async def main():
    async with AInherits() as got:
        print(type(got).__name__)
asyncio.run(main())
try:
    AbstractContextManager()
except TypeError as e:
    print("TypeError:", e)
class Incomplete(AbstractContextManager):
    pass
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
print(AbstractContextManager.__abstractmethods__, sorted(AbstractAsyncContextManager.__abstractmethods__))
print(AbstractContextManager.__class_getitem__ is not None, AbstractContextManager[int])
@contextlib.contextmanager
def cm():
    yield 1
print(isinstance(cm(), AbstractContextManager), isinstance(cm(), contextlib.ContextDecorator))
print([c.__name__ for c in type(cm()).__mro__])
