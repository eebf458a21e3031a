# TaskGroup.create_task(name=...) numbering, results after the block, a child
# that swallows cancellation while siblings fail, repr of the group.
import asyncio

async def value(v, d=0):
    await asyncio.sleep(d)
    return v

async def stubborn(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("stubborn swallowed cancellation")
        return "stubborn result"

async def fail():
    await asyncio.sleep(0.01)
    raise LookupError("failed child")

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(value(1), name="first")
        b = tg.create_task(value(2))
        print(repr(tg), a.get_name(), b.get_name())
    print(a.result(), b.result(), repr(tg))
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            s = tg.create_task(stubborn(log))
            tg.create_task(fail())
    except* LookupError as eg:
        print("caught", [str(e) for e in eg.exceptions])
    print(log, s.result(), s.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            async with tg:
                pass
    except* RuntimeError as eg:
        print(str(eg.exceptions[0]).split(" has ")[1])

asyncio.run(main())
