# A task iterating an async generator is cancelled; the generator's finally runs when it is closed.
import asyncio


async def ticker(log):
    i = 0
    try:
        while True:
            await asyncio.sleep(0)
            yield i
            i += 1
    except asyncio.CancelledError:
        log.append("ticker saw CancelledError")
        raise
    finally:
        log.append(f"ticker finally at {i}")


async def consume(log):
    async for v in ticker(log):
        log.append(f"got {v}")


async def consume_break(log):
    gen = ticker(log)
    async for v in gen:
        if v == 1:
            break
    log.append("broke out")
    await gen.aclose()
    log.append("closed")


async def main():
    log = []
    t = asyncio.create_task(consume(log))
    for _ in range(4):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("consumer cancelled")
    print(log)
    log.clear()
    await consume_break(log)
    print(log)


asyncio.run(main())
