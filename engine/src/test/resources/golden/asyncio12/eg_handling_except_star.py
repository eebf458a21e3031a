# except* over a TaskGroup's ExceptionGroup: splitting, re-raising, nested groups, notes.
import asyncio

class NetError(Exception):
    pass

class Timeout(NetError):
    pass

async def op(kind, delay=0):
    await asyncio.sleep(delay)
    if kind == "ok":
        return kind
    if kind == "net":
        raise NetError("connection reset")
    if kind == "timeout":
        raise Timeout("took too long")
    if kind == "value":
        raise ValueError("bad value")
    if kind == "group":
        raise ExceptionGroup("inner", [KeyError("k"), NetError("nested net")])

async def run(kinds):
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(op(k, i * 0.001)) for i, k in enumerate(kinds)]
    return [t.result() for t in ts]

async def main():
    for kinds in (["ok", "ok"], ["net", "ok", "timeout"], ["value", "net"], ["group", "value"]):
        print("==", kinds)
        try:
            print(await run(kinds))
        except* Timeout as eg:
            print("timeouts:", [str(e) for e in eg.exceptions])
        except* NetError as eg:
            print("net:", eg.message, [type(e).__name__ for e in eg.exceptions])
        except* ValueError as eg:
            print("values:", repr(eg))
        except* KeyError as eg:
            print("keys:", eg.exceptions, eg.derive([]).message)
    try:
        try:
            await run(["value", "net", "value"])
        except* ValueError as eg:
            eg.add_note("seen by handler")
            raise
    except ExceptionGroup as outer:
        print("outer:", outer, len(outer.exceptions), outer.__notes__ if hasattr(outer, "__notes__") else None)
        for e in outer.exceptions:
            print("  ", type(e).__name__, getattr(e, "__notes__", None))
    try:
        try:
            await run(["net"])
        except* NetError:
            raise RuntimeError("converted")
    except ExceptionGroup as eg:
        print("converted:", eg, [repr(e) for e in eg.exceptions], repr(eg.exceptions[0].__context__))
    eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ValueError(3)])])
    m, rest = eg.split(ValueError)
    print(repr(m))
    print(repr(rest))
    print(eg.subgroup(lambda e: isinstance(e, TypeError)))

asyncio.run(main())
