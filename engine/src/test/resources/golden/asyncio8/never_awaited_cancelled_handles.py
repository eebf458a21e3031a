import asyncio

async def getv():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_later(10, print, getv())
    print("scheduled")
    h.cancel()
    print("cancelled")
    await asyncio.sleep(0)
    print("slept")
    h2 = loop.call_soon(print, getv())
    h2.cancel()
    print("cancelled soon handle")
    del h2
    print("deleted h2")
    h3 = loop.call_later(0.01, lambda c: None, getv())
    del h3
    print("h3 dropped but scheduled")
    await asyncio.sleep(0.5)
    print("h3 ran")

asyncio.run(main())
print("end")
