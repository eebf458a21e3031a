# Async generators: aclose/athrow while iterating, ag_* state, a generator in a cancelled task,
# and one left open at shutdown.
import asyncio

async def ticker(name, log, n=100):
    log.append(f"{name} start")
    try:
        for i in range(n):
            try:
                yield i
            except ValueError as e:
                log.append(f"{name} got {e}")
                yield -1
            await asyncio.sleep(0)
    except GeneratorExit:
        log.append(f"{name} GeneratorExit")
        raise
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} finally")

def state(g):
    return f"running={g.ag_running} frame={'yes' if g.ag_frame else 'no'} await={type(g.ag_await).__name__}"

async def consume(gen, log):
    async for v in gen:
        log.append(f"consumed {v}")

async def main():
    log = []
    g = ticker("g", log)
    print("fresh:", state(g))
    print(await g.__anext__(), await g.asend(None))
    print("suspended:", state(g))
    print("athrow ->", await g.athrow(ValueError("bad")))
    print("next ->", await anext(g))
    await g.aclose()
    print("closed:", state(g))
    print(await anext(g, "default"))
    try:
        await g.athrow(ValueError("late"))
    except ValueError as e:
        print("athrow after close re-raises:", e)

    # aclose while the generator is running inside another task
    h = ticker("h", log)
    t = asyncio.create_task(consume(h, log))
    await asyncio.sleep(0)
    print("h while consumed:", state(h))
    try:
        await h.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("consumer cancelled; h:", state(h))

    # generator with a return-like end
    short = ticker("short", log, n=1)
    print([v async for v in short])

    # left suspended: finalised by asyncio.run's shutdown_asyncgens
    global left
    left = ticker("left", log)
    print(await anext(left))
    print(log)
    log.clear()
    main.log = log

asyncio.run(main())
print("after run:", main.log)
