# Awaiting things that are not awaitable: every kind of object a learner tries.
import asyncio
import types

class Plain:
    pass

class AwaitReturnsInt:
    def __await__(self):
        return 5

class AwaitReturnsCoroutine:
    def __await__(self):
        return asyncio.sleep(0)

class AwaitIsGenerator:
    def __await__(self):
        yield
        return "gen-await ok"

class AwaitIsAttrNone:
    __await__ = None

class AwaitRaises:
    def __await__(self):
        raise LookupError("inside __await__")

def sync_gen():
    yield 1

async def agen():
    yield 1

async def coro():
    return "coro"

@types.coroutine
def gen_coro():
    yield
    return "types.coroutine ok"

CASES = [
    ("int", lambda: 3),
    ("None", lambda: None),
    ("str", lambda: "text"),
    ("list", lambda: [1, 2]),
    ("dict", lambda: {}),
    ("function", lambda: coro),
    ("class", lambda: Plain),
    ("instance", lambda: Plain()),
    ("generator", lambda: sync_gen()),
    ("async gen", lambda: agen()),
    ("agen.asend", lambda: agen().asend(None)),
    ("__await__ int", lambda: AwaitReturnsInt()),
    ("__await__ coro", lambda: AwaitReturnsCoroutine()),
    ("__await__ gen", lambda: AwaitIsGenerator()),
    ("__await__ None", lambda: AwaitIsAttrNone()),
    ("__await__ raises", lambda: AwaitRaises()),
    ("types.coroutine", lambda: gen_coro()),
    ("range", lambda: range(3)),
    ("bound method", lambda: Plain().__init__),
    ("module", lambda: asyncio),
    ("type(None)", lambda: type(None)),
]

async def main():
    for label, make in CASES:
        obj = make()
        try:
            r = await obj
            print(f"{label:<17} ok: {r!r}")
        except StopAsyncIteration as e:
            print(f"{label:<17} StopAsyncIteration {e!r}")
        except Exception as e:
            print(f"{label:<17} {type(e).__name__}: {e}")
        finally:
            if hasattr(obj, "close") and not isinstance(obj, types.GeneratorType):
                try:
                    obj.close()
                except Exception:
                    pass

asyncio.run(main())
