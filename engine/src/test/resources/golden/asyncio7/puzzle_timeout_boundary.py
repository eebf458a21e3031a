import asyncio

async def work(d, tag):
    await asyncio.sleep(d)
    return tag

async def main():
    try:
        print(await asyncio.wait_for(work(0.01, "same delay"), 0.01))
    except TimeoutError:
        print("wait_for(sleep(0.01), 0.01): timeout wins")
    try:
        async with asyncio.timeout(0.01):
            print(await work(0.01, "same delay in timeout()"))
    except TimeoutError:
        print("timeout(0.01) around sleep(0.01): timeout wins")
    t = asyncio.create_task(work(0.01, "task started first"))
    await asyncio.sleep(0)
    try:
        print(await asyncio.wait_for(t, 0.01))
    except TimeoutError:
        print("task started first: timeout wins")
    order = []
    a = asyncio.create_task(work(0.02, "a"))
    b = asyncio.create_task(work(0.02, "b"))
    for x in asyncio.as_completed([b, a]):
        order.append(await x)
    print("equal sleeps finish in creation order:", order)

asyncio.run(main())
