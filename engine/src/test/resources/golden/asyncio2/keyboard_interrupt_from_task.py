# KeyboardInterrupt raised inside a task stops the loop and escapes asyncio.run; finally blocks run.
import asyncio


async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        print("worker cleanup")


async def interrupter():
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt("stop now")


async def main():
    w = asyncio.create_task(worker())
    i = asyncio.create_task(interrupter())
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally; i done:", i.done(), "w done:", w.done())


try:
    asyncio.run(main())
except KeyboardInterrupt as e:
    print("caught", repr(e))


async def awaited_directly():
    async def inner():
        raise KeyboardInterrupt

    t = asyncio.create_task(inner())
    try:
        await t
    except KeyboardInterrupt:
        print("never: the loop is stopped first")


try:
    asyncio.run(awaited_directly())
except KeyboardInterrupt as e:
    print("second run:", repr(e))
print("done")
