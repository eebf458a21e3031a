# A TaskGroup inside a TaskGroup, with errors in both levels; notes and the printed groups.
import asyncio
import traceback


async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def slow(name, delay):
    try:
        await asyncio.sleep(delay)
        print("finished", name)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise


async def inner_group():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow("inner-slow", 1), name="inner-slow")
            tg.create_task(fail(0.01, ValueError("inner value")), name="inner-fail")
            tg.create_task(fail(0.01, KeyError("inner key")))
    except* KeyError as eg:
        print("inner caught KeyError part:", eg.exceptions)
        raise


def show(eg, depth=0):
    pad = "  " * depth
    print(f"{pad}{type(eg).__name__}: {eg.message if isinstance(eg, BaseExceptionGroup) else eg!r}")
    if isinstance(eg, BaseExceptionGroup):
        for e in eg.exceptions:
            show(e, depth + 1)
    for n in getattr(eg, "__notes__", []):
        print(f"{pad}  note: {n}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group(), name="inner")
            tg.create_task(fail(0.02, TypeError("outer type")), name="outer-fail")
            tg.create_task(slow("outer-slow", 1), name="outer-slow")
    except BaseExceptionGroup as eg:
        show(eg)
        print("context of outer:", type(eg.__context__).__name__)
        print("----")
        traceback.print_exception(eg, file=__import__("sys").stdout, limit=0)

    # errors raised in the body after children failed
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0, RuntimeError("child")))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled")
                err = OSError("body")
                err.add_note("raised from the body")
                raise err
    except* OSError as eg:
        show(eg)
    except* RuntimeError as eg:
        show(eg)

    # a child adds a note before failing
    async def noted():
        await asyncio.sleep(0)
        e = ZeroDivisionError("division")
        e.add_note("note one")
        e.add_note("note two")
        raise e

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(noted())
    except ExceptionGroup as eg:
        show(eg)
        print(eg.exceptions[0].__notes__)


asyncio.run(main())
