import asyncio

async def leaf(tag):
    print("leaf", tag)

async def branch(tag):
    print("branch", tag, "start")
    t1 = asyncio.create_task(leaf(tag + ".1"))
    t2 = asyncio.create_task(leaf(tag + ".2"))
    print("branch", tag, "created leaves")
    await leaf(tag + ".inline")
    await t2
    print("branch", tag, "after t2; t1 done?", t1.done())

async def main():
    a = asyncio.create_task(branch("A"))
    b = asyncio.create_task(branch("B"))
    print("main created branches")
    await asyncio.sleep(0)
    print("main after one turn")
    await asyncio.gather(a, b)
    print("main end")

asyncio.run(main())
