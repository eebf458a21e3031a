import asyncio

async def value(v, d=0):
    await asyncio.sleep(d)
    return v

async def fail(d=0):
    await asyncio.sleep(d)
    raise ValueError("inner failed")

async def main():
    print(await asyncio.shield(value(1)))
    try:
        await asyncio.shield(fail())
    except ValueError as e:
        print("shield passes errors:", e)
    f = asyncio.get_running_loop().create_future()
    f.set_result("done already")
    s = asyncio.shield(f)
    print(s is f, await s)
    inner = asyncio.create_task(value(2, 0.02))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner:", inner.cancelled(), inner.done())
    print("inner result:", await inner)
    inner2 = asyncio.create_task(fail(0.01))
    outer2 = asyncio.shield(inner2)
    outer2.cancel()
    await asyncio.sleep(0.03)
    print("inner2 done:", inner2.done(), "outer2 cancelled:", outer2.cancelled())
    inner3 = asyncio.create_task(value(3, 0.01))
    outer3 = asyncio.shield(inner3)
    inner3.cancel()
    try:
        await outer3
    except asyncio.CancelledError:
        print("inner cancelled -> outer cancelled:", outer3.cancelled())
    try:
        asyncio.shield(5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
print("end")
