import asyncio

async def main():
    loop = asyncio.get_running_loop()
    order = []
    f = loop.create_future()
    async def waiter(n):
        await f
        order.append(f'waiter{n}')
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    f.add_done_callback(lambda _: order.append('cb-after-waiters'))
    loop.call_soon(order.append, 'soon-before-set')
    f.set_result(None)
    loop.call_soon(order.append, 'soon-after-set')
    await asyncio.gather(*ws)
    print(order)

asyncio.run(main())
