import asyncio

def compute(d):
    return d["a"]["b"] + d["c"]

async def step(d):
    await asyncio.sleep(0)
    return compute(d) * 2

async def main():
    t = asyncio.create_task(step({"a": {"b": 1}, "c": None}))
    result = await t
    print(result)

asyncio.run(main())
