import asyncio, sys

async def main(code):
    await asyncio.sleep(0)
    raise SystemExit(code)

for code in (0, None, "msg", 3):
    try:
        asyncio.run(main(code))
    except SystemExit as e:
        print("code", repr(e.code))

async def worker():
    await asyncio.sleep(0)
    raise SystemExit(4)

async def main2():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    print("never printed?")

asyncio.run(main2())
print("not reached")
