import asyncio

def report(t):
    if t.cancelled():
        print("callback:", t.get_name(), "cancelled")
    elif t.exception():
        print("callback:", t.get_name(), "failed with", repr(t.exception()))
    else:
        print("callback:", t.get_name(), "result", t.result())

async def sleeper(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise OSError("disk")
    return d

async def main():
    a = asyncio.create_task(sleeper(0.01), name="ok")
    b = asyncio.create_task(sleeper(0.02, True), name="bad")
    c = asyncio.create_task(sleeper(1), name="slow")
    for t in (a, b, c):
        t.add_done_callback(report)
    await asyncio.sleep(0.03)
    c.cancel()
    print("cancel requested")
    await asyncio.sleep(0)
    print("one turn later")
    await asyncio.sleep(0)
    print("two turns later")

asyncio.run(main())
