# ValueError: coroutine already executing, generator already executing, and re-entrance
import asyncio

async def selfish():
    me = holder[0]
    try:
        me.send(None)
    except ValueError as e:
        print("send into self:", e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("throw into self:", e)
    try:
        me.close()
    except ValueError as e:
        print("close self:", e)
    return "ok"

holder = []
c = selfish()
holder.append(c)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

def gen():
    try:
        g.send(None)
    except ValueError as e:
        print("gen:", e)
    yield 1
g = gen()
print(next(g))

async def awaits_twice():
    inner = asyncio.sleep(0)
    await inner
    try:
        await inner
    except RuntimeError as e:
        print("await twice:", e)

async def awaits_running_task():
    t = asyncio.current_task()
    try:
        await t
    except RuntimeError as e:
        print("await self task:", str(e).split(" coro=")[0])

async def main():
    await awaits_twice()
    t = asyncio.create_task(awaits_running_task())
    await t
    print(t.done(), t.exception())

asyncio.run(main())
