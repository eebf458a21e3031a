import asyncio

async def slow(tag, d):
    try:
        await asyncio.sleep(d)
        return tag
    except asyncio.CancelledError as e:
        print(f"  {tag} cancelled args={e.args}")
        raise
    finally:
        print(f"  {tag} finally")

async def main():
    t = asyncio.create_task(asyncio.wait_for(slow("wf", 1), 0.5))
    await asyncio.sleep(0.01)
    t.cancel("outer")
    try:
        await t
    except asyncio.CancelledError as e:
        print("wait_for task cancelled", e.args, t.cancelling() if not t.done() else "done")
    # timeout vs result at the same tick
    async def quick():
        await asyncio.sleep(0.05)
        return "made it"
    try:
        print(await asyncio.wait_for(quick(), 0.05))
    except TimeoutError:
        print("timed out at the same deadline")
    async with asyncio.timeout(0.05):
        try:
            print(await quick())
        except asyncio.CancelledError:
            print("cancelled at the deadline")
            raise
    # uncancel inside
    async def stubborn():
        task = asyncio.current_task()
        for i in range(3):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("  stubborn cancelled", i, "cancelling", task.cancelling(), "->", task.uncancel())
        return "survived"
    s = asyncio.create_task(stubborn())
    for _ in range(3):
        await asyncio.sleep(0)
        s.cancel()
    print(await s)

asyncio.run(main())
