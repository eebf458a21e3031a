# Where "coroutine ... was never awaited" appears when the coroutine dies in unusual places.
import asyncio


async def job(n=0):
    return n


class BadAwait:
    def __await__(self):
        return job(1)


class AsyncAiter:
    async def __aiter__(self):
        return self


def consume(gen):
    next(gen)


def keeps_one():
    c = job(7)
    yield 1
    print("generator resumed", c is not None)


async def main():
    print("1 lambda result discarded")
    (lambda: job(1))()
    print("3 call that rejects it")
    try:
        len(job(3))
    except TypeError as e:
        print("  TypeError:", e)
    print("4 after the except block")
    print("5 bad __await__")
    try:
        await BadAwait()
    except TypeError as e:
        print("  TypeError:", e)
    print("6 async def __aiter__")
    try:
        async for _ in AsyncAiter():
            pass
    except TypeError as e:
        print("  TypeError:", e)
    print("7 gather with a bad argument")
    try:
        await asyncio.gather(job(4), 5)
    except TypeError as e:
        print("  TypeError:", e)
    print("8 generator holding one, closed")
    g = keeps_one()
    consume(g)
    g.close()
    print("9 generator dropped")
    g = keeps_one()
    consume(g)
    g = None
    print("end of main")


asyncio.run(main())
print("after run")
