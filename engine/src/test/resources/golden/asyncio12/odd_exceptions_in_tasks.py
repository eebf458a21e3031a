# Odd exceptions out of tasks: BaseException subclasses, GeneratorExit, StopIteration,
# exceptions whose str() fails, CancelledError raised by hand.
import asyncio

class Fatal(BaseException):
    pass

class BadStr(Exception):
    def __str__(self):
        raise ValueError("str failed")

async def raise_it(exc):
    await asyncio.sleep(0)
    raise exc

async def main():
    for exc in (Fatal("custom base"), GeneratorExit("ge"), StopIteration(5),
                StopAsyncIteration(), asyncio.CancelledError("by hand"), BadStr(),
                asyncio.InvalidStateError("x"), asyncio.TimeoutError()):
        t = asyncio.create_task(raise_it(exc))
        try:
            await t
            print("no error?")
        except BaseException as e:
            print(f"{type(exc).__name__:<20} -> {type(e).__name__:<20} cancelled={t.cancelled()} "
                  f"cause={type(e.__cause__).__name__}")
    t = asyncio.create_task(raise_it(StopIteration("in task")))
    await asyncio.wait([t])
    print(repr(t.exception()), repr(t.exception().__cause__))
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.TimeoutError, TimeoutError),
          asyncio.InvalidStateError.__mro__[1].__name__, asyncio.IncompleteReadError.__mro__[1].__name__)
    e = asyncio.IncompleteReadError(b"ab", 5)
    print(e, e.partial, e.expected, repr(asyncio.LimitOverrunError("too long", 3)))

asyncio.run(main())
