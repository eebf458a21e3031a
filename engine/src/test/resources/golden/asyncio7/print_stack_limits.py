import asyncio, sys

async def level3():
    await asyncio.sleep(1)

async def level2():
    await level3()

async def level1():
    await level2()

async def broken():
    def inner():
        raise ValueError("x")
    inner()

async def main():
    t = asyncio.create_task(level1(), name="deep")
    await asyncio.sleep(0)
    for lim in (None, 1, 2, -1):
        print("limit", lim, [f.f_code.co_name for f in t.get_stack(limit=lim)])
    t.print_stack(limit=2, file=sys.stderr)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled stack:", t.get_stack())
    b = asyncio.create_task(broken(), name="broken")
    await asyncio.gather(b, return_exceptions=True)
    print("broken stack:", [f.f_code.co_name for f in b.get_stack()])
    b.print_stack(file=sys.stderr)

asyncio.run(main())
