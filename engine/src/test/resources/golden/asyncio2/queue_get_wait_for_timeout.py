# Queue.get under wait_for timeouts: no item is lost, getters are served in order, putters wait.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("get timed out; getters waiting:", len(q._getters))
    await q.put("a")
    try:
        await asyncio.wait_for(q.put("b"), 0.01)
    except TimeoutError:
        print("put timed out; queue still", list(q._queue))
    print(await asyncio.wait_for(q.get(), 1))

    order = []

    async def getter(n):
        item = await q.get()
        order.append((n, item))

    gs = [asyncio.create_task(getter(n)) for n in range(3)]
    await asyncio.sleep(0)
    for item in "xyz":
        await q.put(item)
    await asyncio.gather(*gs)
    print("served:", order)

    async def putter(item):
        await q.put(item)
        order.append(("put", item))

    order.clear()
    await q.put(0)
    ps = [asyncio.create_task(putter(i)) for i in (1, 2)]
    await asyncio.sleep(0)
    print("blocked putters:", len(q._putters))
    while len(order) < 2:
        order.append(("got", await q.get()))
    await asyncio.gather(*ps)
    order.append(("got", q.get_nowait()))
    print(order, q.empty())


asyncio.run(main())
