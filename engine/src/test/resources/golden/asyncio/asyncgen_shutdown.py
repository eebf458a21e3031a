# Async generators left suspended when main returns are closed by asyncio.run's
# shutdown_asyncgens(): their finally blocks run after main returned.
import asyncio

async def ticker(name, n):
    try:
        for i in range(n):
            yield f"{name}{i}"
            await asyncio.sleep(0)
    finally:
        print(f"{name}: finally (current task: {asyncio.current_task().get_name()})")

async def main():
    gens = [ticker("a", 5), ticker("b", 2)]
    for g in gens:
        print(await g.__anext__())
    print(await gens[1].__anext__())
    try:
        await gens[1].__anext__()
    except StopAsyncIteration:
        print("b exhausted")
    done = ticker("c", 1)
    async for x in done:
        print("full run:", x)
    print("main returns")
    return gens[:1]

gens = asyncio.run(main())
print("after run:", [g.ag_frame is None for g in gens])
