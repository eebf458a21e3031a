import asyncio, sys, io

class Out:
    def write(self, s):
        sys.stdout.write(s.replace(__file__, 'F'))
OUT = Out()

async def leaf():
    await asyncio.sleep(0.05)

async def middle():
    await leaf()

async def failing():
    await asyncio.sleep(0)
    try:
        raise ValueError("inner")
    except ValueError:
        raise

async def main():
    t = asyncio.create_task(middle(), name="mid")
    await asyncio.sleep(0)
    st = t.get_stack()
    print(len(st), [f.f_code.co_name for f in st])
    print([f.f_code.co_name for f in t.get_stack(limit=1)])
    t.print_stack(file=OUT)
    t.print_stack(limit=1, file=OUT)
    f = asyncio.create_task(failing(), name="fail")
    await asyncio.sleep(0.01)
    print([fr.f_code.co_name for fr in f.get_stack()])
    f.print_stack(file=OUT)
    f.exception()
    n = asyncio.create_task(leaf(), name="new")
    print(len(n.get_stack()), n.get_stack()[0].f_code.co_name)
    n.print_stack(file=OUT)
    await t
    t.print_stack(file=OUT)
    await n
    c = asyncio.create_task(leaf(), name="cx")
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0)
    c.print_stack(file=OUT)

asyncio.run(main())
