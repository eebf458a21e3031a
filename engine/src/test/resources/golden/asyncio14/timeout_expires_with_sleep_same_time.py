import asyncio

async def main():
    loop = asyncio.get_running_loop()
    order = []
    async def sleeper(d, tag):
        await asyncio.sleep(d)
        order.append(tag)
    t0 = loop.time()
    t = asyncio.create_task(sleeper(0.5, "task 0.5"))
    try:
        async with asyncio.timeout(0.5) as cm:
            await asyncio.sleep(0.5)
            order.append("body finished")
    except TimeoutError:
        order.append("timeout fired")
    order.append(f"expired={cm.expired()}")
    await t
    try:
        async with asyncio.timeout_at(loop.time()) as cm2:
            order.append("body at deadline now")
            await asyncio.sleep(0)
            order.append("not reached?")
    except TimeoutError:
        order.append("timeout_at now fired")
    try:
        async with asyncio.timeout(-1):
            order.append("negative body")
            await asyncio.sleep(0)
    except TimeoutError:
        order.append("negative fired")
    async with asyncio.timeout(None) as cm3:
        order.append(f"None when={cm3.when()}")
        await asyncio.sleep(0.01)
    r = await asyncio.wait_for(asyncio.sleep(0.2, "ok"), 0.2)
    order.append(f"wait_for tie -> {r}")
    print("\n".join(order))
    print(round(loop.time() - t0, 2))

asyncio.run(main())
