import re as _re

_print = print


def print(*args, **kw):
    # Reprs show this file's path and addresses: masked so the output is the same anywhere.
    _print(*(_re.sub(r" at 0x[0-9a-f]+", " at 0x?", str(a).replace(__file__, "FILE")) for a in args), **kw)


import asyncio, io

async def inner(ev):
    await ev.wait()

async def outer(ev):
    await inner(ev)

async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(outer(ev), name="worker")
    await asyncio.sleep(0)
    frames = t.get_stack()
    print(len(frames), [f.f_code.co_name for f in frames])
    buf = io.StringIO()
    t.print_stack(file=buf)
    text = buf.getvalue().replace(__file__, "FILE")
    print(text)
    print([f.f_code.co_name for f in t.get_stack(limit=1)])
    ev.set()
    await t
    print(t.get_stack())
    buf = io.StringIO()
    t.print_stack(file=buf)
    print(buf.getvalue())
    async def fails():
        raise ValueError("bad")
    t2 = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print([f.f_code.co_name for f in t2.get_stack()])
    buf = io.StringIO()
    t2.print_stack(file=buf)
    print(buf.getvalue().replace(__file__, "FILE"))
    t2.exception()

asyncio.run(main())
