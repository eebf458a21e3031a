import asyncio

class DBError(Exception):
    pass

async def task(kind, d):
    await asyncio.sleep(d)
    if kind == "db":
        raise DBError("db down")
    if kind == "val":
        raise ValueError("bad value")
    if kind == "type":
        raise TypeError("bad type")
    return kind

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for k, d in [("db", 0.01), ("val", 0.01), ("ok", 0.0), ("type", 0.01)]:
                tg.create_task(task(k, d))
    except* (ValueError, TypeError) as eg:
        print("value/type:", sorted(type(e).__name__ for e in eg.exceptions), eg.message)
        print("  repr:", repr(eg)[:60])
    except* DBError as eg:
        print("db:", [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(task("db", 0))
            tg.create_task(task("val", 0))
    except ExceptionGroup as eg:
        m, rest = eg.split(DBError)
        print(type(m).__name__, len(m.exceptions), type(rest).__name__, len(rest.exceptions))
        sub = eg.subgroup(lambda e: isinstance(e, ValueError))
        print(sub, sub.exceptions)
        d = eg.derive([KeyError("k")])
        print(type(d).__name__, d.message, d.exceptions)
    eg = BaseExceptionGroup("mixed", [ValueError(1), KeyboardInterrupt()])
    print(type(eg).__name__, eg.split(ValueError)[0].__class__.__name__)
    eg2 = BaseExceptionGroup("plain", [ValueError(1)])
    print(type(eg2).__name__)
    try:
        ExceptionGroup("x", [])
    except ValueError as e:
        print("ValueError", e)
    try:
        ExceptionGroup("x", [KeyboardInterrupt()])
    except TypeError as e:
        print("TypeError", e)
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(2)]), TypeError(3)])
    except* ValueError as g:
        print("got", repr(g))
    except* TypeError as g:
        print("got", repr(g))
    try:
        try:
            raise ExceptionGroup("eg", [ValueError("a"), OSError("b")])
        except* ValueError:
            print("handled value")
            raise
    except ExceptionGroup as g:
        print("reraised", repr(g))

asyncio.run(main())
