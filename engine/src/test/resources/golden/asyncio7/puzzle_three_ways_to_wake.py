import asyncio

async def via_soon(loop):
    f = loop.create_future()
    loop.call_soon(f.set_result, "soon")
    print("via_soon waits")
    print("via_soon got", await f)

async def via_later(loop):
    f = loop.create_future()
    loop.call_later(0, f.set_result, "later0")
    print("via_later waits")
    print("via_later got", await f)

async def via_sleep():
    print("via_sleep waits")
    await asyncio.sleep(0)
    print("via_sleep got control back")

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.gather(via_later(loop), via_soon(loop), via_sleep())
    print("all woke")

asyncio.run(main())
