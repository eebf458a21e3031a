# gather inside a TaskGroup child; several failures grouped; except* picks them apart.
import asyncio


async def fail(exc):
    await asyncio.sleep(0)
    raise exc


async def gathers():
    return await asyncio.gather(fail(KeyError("g1")), fail(ValueError("g2")))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(gathers())
            tg.create_task(fail(TypeError("t")))
            tg.create_task(fail(ExceptionGroup("inner", [OSError("o")])))
    except* KeyError as eg:
        print("KeyError part:", [repr(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeError part:", [repr(e) for e in eg.exceptions])
    except* OSError as eg:
        print("OSError part:", repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("only")))
    except ExceptionGroup as eg:
        print(eg.message, "|", eg.exceptions, "|", str(eg))
        print(repr(eg.subgroup(ValueError)), eg.subgroup(KeyError))


asyncio.run(main())
