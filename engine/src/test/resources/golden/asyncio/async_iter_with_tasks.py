# Async generators and async iterators driven by tasks: interleaving of two
# consumers, aclose() of a suspended generator, asend/athrow under the loop.
import asyncio

async def numbers(name, n, log):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            log.append(f"{name} yields {i}")
            yield i
    finally:
        log.append(f"{name} closed")

async def consume(name, log):
    total = 0
    async for x in numbers(name, 3, log):
        total += x
    return total

async def main():
    log = []
    print(await asyncio.gather(consume("a", log), consume("b", log)))
    print("\n".join(log))
    log.clear()
    g = numbers("g", 10, log)
    print(await g.asend(None), await g.__anext__())
    await g.aclose()
    print(log)

    async def echo():
        received = []
        try:
            while True:
                v = yield len(received)
                received.append(v)
        except KeyError:
            yield f"caught, had {received}"
    e = echo()
    print(await e.asend(None), await e.asend("x"), await e.asend("y"))
    print(await e.athrow(KeyError))
    await e.aclose()
    print([x async for x in numbers("comp", 2, log)])

asyncio.run(main())
