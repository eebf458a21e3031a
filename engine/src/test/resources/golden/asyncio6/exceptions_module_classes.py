import asyncio

print(asyncio.TimeoutError is TimeoutError, asyncio.CancelledError.__mro__[1].__name__)
for cls in (asyncio.CancelledError, asyncio.InvalidStateError, asyncio.TimeoutError,
            asyncio.QueueEmpty, asyncio.QueueFull, asyncio.BrokenBarrierError,
            asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.SendfileNotAvailableError):
    print(f"{cls.__module__}.{cls.__qualname__:<26} bases={[b.__name__ for b in cls.__bases__]}")
e = asyncio.IncompleteReadError(b"abc", 10)
print(str(e), "|", repr(e), "|", e.partial, e.expected)
e2 = asyncio.IncompleteReadError(b"", None)
print(str(e2))
l = asyncio.LimitOverrunError("too long", 7)
print(str(l), l.consumed, repr(l))
print(e.__reduce__())
print(hasattr(asyncio, "coroutine"))
try:
    asyncio.coroutine
except AttributeError as ex:
    print("AttributeError:", ex)
