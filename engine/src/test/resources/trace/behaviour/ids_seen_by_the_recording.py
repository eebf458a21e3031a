# The recording shows reprs with addresses (plain instances, generators, functions) before the
# program asks for any id; the program's own ids, addresses and set order must not change.
import asyncio


class Point:
    pass


def gen():
    yield 1


p = Point()
q = Point()
g = gen()
f = lambda: 0
objs = [Point() for _ in range(5)]
s = set(objs)
print(id(q) - id(p) > 0, hex(id(g))[-4:], repr(f)[-6:])
print([objs.index(o) for o in s])
print(p, g)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, Point())
    r = await fut
    print(r)
    print(fut)
    t = asyncio.ensure_future(asyncio.sleep(0, Point()))
    print(await t)
    print(object())


asyncio.run(main())
