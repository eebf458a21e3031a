import asyncio

async def gen(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("finalizing", name)
        await asyncio.sleep(0)
        print("finalized", name)

async def main():
    gens = [gen(n) for n in "abc"]
    for g in gens:
        print(await g.__anext__())
    async for x in gen("loop-broken"):
        if x == 1:
            break
    print("after break")
    keep = gens
    print("main returns")
    return len(keep)

print(asyncio.run(main()))
print("program end")
