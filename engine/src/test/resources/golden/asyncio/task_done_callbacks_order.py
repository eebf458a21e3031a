import asyncio

async def job(n):
    await asyncio.sleep(0.1 * n)
    return n

async def main():
    order = []
    t = asyncio.create_task(job(1))
    t.add_done_callback(lambda f: order.append(f'cb1 {f.result()}'))
    async def awaiter(tag):
        await t
        order.append(f'awaiter {tag}')
    a1 = asyncio.create_task(awaiter('A'))
    t.add_done_callback(lambda f: order.append('cb2'))
    a2 = asyncio.create_task(awaiter('B'))
    await asyncio.gather(a1, a2)
    print(order)
    t.add_done_callback(lambda f: order.append('late cb'))
    print(order[-1])
    await asyncio.sleep(0)
    print(order[-1])

asyncio.run(main())
