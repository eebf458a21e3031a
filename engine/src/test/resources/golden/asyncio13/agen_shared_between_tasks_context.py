# One async generator pulled by two tasks: "already running" errors, whose context it sees,
# and aclose while another task is suspended inside it.
import asyncio
import contextvars

who = contextvars.ContextVar("who", default="nobody")


async def source(log):
    try:
        for i in range(6):
            log.append(f"gen yields {i} for {who.get()}")
            yield i
            await asyncio.sleep(0)
    finally:
        log.append(f"gen finally seen by {who.get()}")


async def puller(name, gen, n, log):
    who.set(name)
    got = []
    for _ in range(n):
        try:
            got.append(await gen.__anext__())
        except RuntimeError as e:
            log.append(f"{name}: RuntimeError {e}")
            await asyncio.sleep(0)
        except StopAsyncIteration:
            log.append(f"{name}: exhausted")
            break
    return got


async def main():
    log = []
    gen = source(log)
    a, b = await asyncio.gather(puller("A", gen, 3, log), puller("B", gen, 3, log))
    print("A got", a, "B got", b)
    print(gen.ag_running, gen.ag_await)
    await gen.aclose()
    print("\n".join(log))
    log.clear()

    gen2 = source(log)
    t = asyncio.create_task(puller("C", gen2, 1, log))
    await t
    step = gen2.__anext__()
    pending = asyncio.ensure_future(step)
    await asyncio.sleep(0)
    try:
        await gen2.aclose()
    except RuntimeError as e:
        print("aclose while running:", e)
    print(await pending)
    await gen2.aclose()
    try:
        await gen2.asend(None)
    except StopAsyncIteration:
        print("asend after aclose: StopAsyncIteration")
    print("\n".join(log))

    async def echo():
        received = []
        try:
            while True:
                v = yield len(received)
                received.append(v)
        finally:
            print("echo got", received)
    e = echo()
    print(await e.asend(None), await e.asend("x"), await e.asend("y"))
    first = e.asend("z")
    second = e.asend("w")
    print(await first)
    print(await second)
    try:
        await first
    except RuntimeError as err:
        print("reawait asend:", err)
    await e.aclose()


asyncio.run(main())
