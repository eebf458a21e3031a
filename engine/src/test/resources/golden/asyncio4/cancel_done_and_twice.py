import asyncio

async def quick():
    return 7

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("slow got", repr(e), e.args)
        raise

async def main():
    t = asyncio.create_task(quick())
    await t
    print("cancel done:", t.cancel(), t.cancelling(), t.cancelled(), t.result())
    s = asyncio.create_task(slow())
    await asyncio.sleep(0)
    print("first:", s.cancel("one"), s.cancelling())
    print("second:", s.cancel("two"), s.cancelling())
    try:
        await s
    except asyncio.CancelledError as e:
        print("awaiter got", repr(e))
    print("after:", s.cancelled(), s.cancelling(), s.cancel("three"))
    try:
        s.result()
    except asyncio.CancelledError as e:
        print("result() raises", repr(e))
    try:
        s.exception()
    except asyncio.CancelledError as e:
        print("exception() raises", repr(e))
    f = asyncio.get_running_loop().create_future()
    print(f.cancel("fmsg"), f.cancel("again"), f.cancelled())
    try:
        await f
    except asyncio.CancelledError as e:
        print("future awaiter got", repr(e))
    print(repr(f).split(" at ")[0] if " at " in repr(f) else repr(f))

asyncio.run(main())
