import asyncio

def cb(tag):
    t = asyncio.current_task()
    print(tag, "current in callback:", t)

async def inner():
    t = asyncio.current_task()
    print("inner runs in", t.get_name())
    return t

async def main():
    me = asyncio.current_task()
    print("main:", me.get_name(), me is asyncio.current_task())
    t = asyncio.create_task(inner(), name="child")
    print("child in all_tasks before start:", t in asyncio.all_tasks())
    print("inner awaited directly runs in:", (await inner()).get_name())
    print("child result is itself:", (await t) is t)
    print("child in all_tasks after done:", t in asyncio.all_tasks())
    asyncio.get_running_loop().call_soon(cb, "soon")
    await asyncio.sleep(0)
    print(sorted(x.get_name() for x in asyncio.all_tasks()))
    try:
        asyncio.current_task(loop=None)
    except Exception as e:
        print(type(e).__name__, e)

print("outside:", end=" ")
try:
    print(asyncio.current_task())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.run(main())
