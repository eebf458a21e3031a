# A child raising KeyboardInterrupt or SystemExit: the TaskGroup re-raises it as it is, not grouped.
import asyncio


async def sibling(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("sibling cancelled")
        raise


async def raiser(exc):
    await asyncio.sleep(0.01)
    raise exc


async def main(exc):
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling(log))
            tg.create_task(raiser(ValueError("v")))
            tg.create_task(raiser(exc))
    except BaseException as e:
        print(type(e).__name__, repr(e), log)
        raise


for exc in (SystemExit(4), KeyboardInterrupt("k")):
    try:
        asyncio.run(main(exc))
    except BaseException as e:
        print("escaped run:", repr(e))
