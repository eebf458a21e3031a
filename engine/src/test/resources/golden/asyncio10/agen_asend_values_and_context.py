# Async generator as a two-way channel: asend values, athrow to reset, contextvars seen inside
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="-")

async def accumulator():
    total = 0
    try:
        while True:
            try:
                value = yield total
            except ValueError:
                print(f"  reset (request={request.get()})")
                total = 0
                continue
            if value is None:
                await asyncio.sleep(0)
                continue
            total += value
            print(f"  added {value} (request={request.get()})")
    finally:
        print("  accumulator closed")

async def client(name, acc, values):
    request.set(name)
    out = []
    for v in values:
        out.append(await acc.asend(v))
        await asyncio.sleep(0)
    return out

async def main():
    acc = accumulator()
    print(await acc.asend(None))
    print(await client("A", acc, [1, 2, 3]))
    print(await acc.athrow(ValueError))
    print(await asyncio.create_task(client("B", acc, [10, None, 5])))
    try:
        await acc.asend(1) if False else None
        r = await asyncio.gather(acc.asend(1), acc.asend(2), return_exceptions=True)
        print([type(x).__name__ if isinstance(x, BaseException) else x for x in r])
    except RuntimeError as e:
        print("RuntimeError:", e)
    await acc.aclose()
    try:
        await acc.asend(1)
    except StopAsyncIteration:
        print("asend after aclose: StopAsyncIteration")

asyncio.run(main())
