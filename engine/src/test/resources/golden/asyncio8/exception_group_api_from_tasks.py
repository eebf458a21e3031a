import asyncio

class NetErr(OSError):
    pass

async def op(i):
    await asyncio.sleep(0.001 * i)
    if i == 1:
        raise NetErr(i, "net down")
    if i == 2:
        raise ValueError(i)
    if i == 3:
        raise TypeError(i)
    return i

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(5):
                tg.create_task(op(i))
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, eg.message, len(eg.exceptions))
        match, rest = eg.split(OSError)
        print("split:", match.exceptions, rest.exceptions if rest else None)
        print("subgroup:", eg.subgroup(lambda e: isinstance(e, (ValueError, TypeError))).exceptions)
        derived = eg.derive([ValueError("new")])
        print(type(derived).__name__, derived.message, derived.exceptions)
        print([type(e).__name__ for e in eg.exceptions])
        print(eg.exceptions[0].errno, eg.exceptions[0].strerror, str(eg.exceptions[0]))
        print(repr(eg)[:60])
    # ExceptionGroup made by hand from task results
    tasks = [asyncio.create_task(op(i)) for i in range(4)]
    done, _ = await asyncio.wait(tasks)
    errors = [t.exception() for t in tasks if t.exception()]
    eg = ExceptionGroup("manual", errors)
    try:
        raise eg
    except* (ValueError, TypeError) as g:
        print("value/type:", g.exceptions)
    except* OSError as g:
        print("os:", g.exceptions, g.__traceback__ is not None)
    try:
        ExceptionGroup("empty", [])
    except ValueError as e:
        print("ValueError:", e)
    try:
        ExceptionGroup("bad", [KeyboardInterrupt()])
    except TypeError as e:
        print("TypeError:", e)
    print(type(BaseExceptionGroup("b", [ValueError()])).__name__,
          type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)

asyncio.run(main())
