# except* over nested TaskGroups: split by type, notes added in tasks, re-raise of the rest.
import asyncio


class AppError(Exception):
    pass


class DbError(AppError):
    pass


async def job(kind, delay, note=None):
    await asyncio.sleep(delay)
    err = kind(f"{kind.__name__} after {delay}")
    if note:
        err.add_note(note)
    raise err


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job(DbError, 0.001, "db is down"))
        tg.create_task(job(KeyError, 0.002))
        tg.create_task(asyncio.sleep(1))


def show(eg, indent=0):
    pad = " " * indent
    print(f"{pad}{type(eg).__name__}: {eg!s} notes={getattr(eg, '__notes__', None)}")
    for e in getattr(eg, "exceptions", ()):
        if isinstance(e, BaseExceptionGroup):
            show(e, indent + 2)
        else:
            print(f"{pad}  {type(e).__name__}: {e} notes={getattr(e, '__notes__', None)}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(job(ValueError, 0.0015, "bad value"))
    except* AppError as eg:
        print("AppError part:")
        show(eg)
    except* ValueError as eg:
        print("ValueError part:")
        show(eg)
        eg.add_note("handled here")
    except* KeyError as eg:
        print("KeyError part:")
        show(eg)

    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(job(DbError, 0.001))
                tg.create_task(job(TypeError, 0.001))
        except* DbError:
            print("handled DbError, TypeError goes on")
    except ExceptionGroup as eg:
        show(eg)
        print(eg.exceptions[0].__traceback__ is not None)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(OSError, 0.001, "disk"))
    except* OSError as eg:
        try:
            raise RuntimeError("wrapper") from eg
        except RuntimeError as r:
            print(type(r.__cause__).__name__, r.__cause__.exceptions[0].__notes__)

    eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [KeyError(2), ValueError(3)])])
    match, rest = eg.split(ValueError)
    show(match)
    show(rest)
    print(eg.subgroup(lambda e: isinstance(e, KeyError)))
    print(repr(eg.derive([ZeroDivisionError()])))


asyncio.run(main())
