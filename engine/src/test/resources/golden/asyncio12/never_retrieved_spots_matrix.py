# When is "Task exception was never retrieved" printed? Markers on stderr show the moment.
import asyncio
import sys

def mark(s):
    print(f"-- {s}", file=sys.stderr)

async def boom(tag):
    raise RuntimeError(tag)

async def main():
    t = asyncio.create_task(boom("del"))
    await asyncio.sleep(0)
    mark("before del")
    del t
    mark("after del")

    t = asyncio.create_task(boom("rebind"))
    await asyncio.sleep(0)
    mark("before rebind")
    t = None
    mark("after rebind")

    ts = [asyncio.create_task(boom(f"list{i}")) for i in range(2)]
    await asyncio.sleep(0)
    mark("before clear")
    ts.clear()
    mark("after clear")

    d = {"x": asyncio.create_task(boom("dict"))}
    await asyncio.sleep(0)
    mark("before pop")
    d.pop("x")
    mark("after pop")

    t = asyncio.create_task(boom("checked"))
    await asyncio.sleep(0)
    t.exception()
    mark("before drop of checked")
    t = None
    mark("after drop of checked")

    asyncio.create_task(boom("never held"))
    await asyncio.sleep(0)
    mark("after never held")

    t = asyncio.create_task(boom("kept to the end"))
    await asyncio.sleep(0)
    mark("main returns")

asyncio.run(main())
print("after run", file=sys.stderr)
