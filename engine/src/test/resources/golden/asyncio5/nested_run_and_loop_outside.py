# get_event_loop outside a loop, asyncio.run nested, run inside callbacks, closed loop reuse
import asyncio, warnings

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("get_running_loop:", e)
print(asyncio._get_running_loop())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    loop = asyncio.get_event_loop()
    print(type(loop).__name__, loop.is_running(), loop.is_closed())
    print([str(x.message) for x in w])

async def inner():
    return 1

async def main():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("nested run:", e)
    print(await c)
    try:
        asyncio.get_running_loop().run_until_complete(inner())
    except RuntimeError as e:
        print("run_until_complete:", e)
    try:
        asyncio.get_running_loop().run_forever()
    except RuntimeError as e:
        print("run_forever:", e)
    return asyncio.get_running_loop()

l2 = asyncio.run(main())
print(l2.is_closed(), l2 is loop)
try:
    asyncio.run(inner)
except ValueError as e:
    print("ValueError:", str(e).split(" at 0x")[0])
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", str(e).split(" at 0x")[0])
loop.close()
