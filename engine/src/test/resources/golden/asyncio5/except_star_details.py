# except* corners: naked exceptions wrapped, split by type, re-raise layouts, empty groups
import asyncio

def show(label, eg):
    print(label, type(eg).__name__, repr(eg.message) if hasattr(eg, "message") else "", [repr(e) for e in getattr(eg, "exceptions", [eg])])

try:
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        show("caught", eg)
        print(eg.__traceback__ is not None, eg.exceptions[0].__traceback__ is not None)
except Exception as e:
    print("escaped", e)

try:
    try:
        raise ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
    except* ValueError as eg:
        show("values", eg)
    except* TypeError as eg:
        show("types", eg)
except* KeyError as eg:
    show("outer keys", eg)

try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), OSError("b")])
    except* ValueError:
        raise
    except* OSError as eg:
        raise RuntimeError("replaced") from eg
except ExceptionGroup as eg:
    show("mixed", eg)
    for e in eg.exceptions:
        print(" ", repr(e), repr(e.__cause__), repr(e.__context__))

for bad in (lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: BaseExceptionGroup("b", [KeyboardInterrupt()]), lambda: ExceptionGroup("e", [KeyboardInterrupt()]),
            lambda: BaseExceptionGroup("b", [ValueError()])):
    try:
        r = bad()
        print(type(r).__name__, repr(r))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

eg = ExceptionGroup("many", [ValueError(i) for i in range(3)] + [TypeError("t")])
match, rest = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 0)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
d = eg.derive([KeyError("k")])
print(type(d).__name__, d.message, d.exceptions, d.__notes__ if hasattr(d, "__notes__") else None)
print(str(eg), repr(ExceptionGroup("one", [ValueError()])))

async def main():
    async def bad(n):
        await asyncio.sleep(n / 100)
        raise [ValueError, TypeError, KeyError][n](n)
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(3):
                tg.create_task(bad(i))
    except* (ValueError, TypeError) as eg:
        show("tg vt", eg)
    except* KeyError as eg:
        show("tg k", eg)

asyncio.run(main())
