# sys.exc_info() and bare raise are per coroutine: awaiting inside an except block lets other
# tasks run with their own exception state; it comes back after the await.
import asyncio
import sys


def current():
    e = sys.exc_info()[1]
    return repr(e)


async def handler(name, exc, log):
    try:
        raise exc
    except Exception:
        log.append(f"{name} before await: {current()}")
        await asyncio.sleep(0)
        log.append(f"{name} after await: {current()}")
        try:
            raise
        except Exception as again:
            log.append(f"{name} bare raise gives {again!r}")
    log.append(f"{name} after except: {current()}")


async def no_exception(log):
    log.append(f"plain task sees: {current()}")
    await asyncio.sleep(0)
    log.append(f"plain task later: {current()}")
    try:
        raise
    except RuntimeError as e:
        log.append(f"bare raise outside except: {e}")


async def chained():
    try:
        raise KeyError("first")
    except KeyError:
        await asyncio.sleep(0)
        raise ValueError("second")


async def main():
    log = []
    await asyncio.gather(handler("A", KeyError("a"), log), handler("B", ValueError("b"), log), no_exception(log))
    print("\n".join(log))
    try:
        raise OSError("outer")
    except OSError:
        t = asyncio.create_task(no_exception(log := []))
        await t
        print(log[0], "| main still sees:", current())
    try:
        await chained()
    except ValueError as e:
        print(repr(e), "context:", repr(e.__context__))
    t = asyncio.create_task(chained())
    try:
        await t
    except ValueError as e:
        print("via task:", repr(e.__context__))
    try:
        raise TypeError("main's")
    except TypeError:
        t = asyncio.create_task(chained())
        try:
            await t
        except ValueError as e:
            print("task error context:", repr(e.__context__), repr(e.__context__.__context__))


asyncio.run(main())
