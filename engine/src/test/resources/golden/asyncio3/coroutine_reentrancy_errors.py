import asyncio, types

@types.coroutine
def suspend():
    yield "s"

async def inner():
    await suspend()
    return "inner done"

async def outer(c):
    return await c

c = inner()
o1 = outer(c)
print(o1.send(None))
o2 = outer(c)
try:
    o2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.send(None)
except Exception as e:
    print(type(e).__name__, e)
try:
    o1.send(None)
except StopIteration as e:
    print("o1 result:", e.value)
try:
    outer(c).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def selfsend():
    me.send(None)
me = selfsend()
try:
    me.send(None)
except ValueError as e:
    print("ValueError:", e)

async def ignores_exit():
    try:
        await suspend()
    except GeneratorExit:
        await suspend()
bad = ignores_exit()
bad.send(None)
try:
    bad.close()
except RuntimeError as e:
    print("RuntimeError:", e)

async def catches_exit_returns():
    try:
        await suspend()
    except GeneratorExit:
        return "ignored return"
q = catches_exit_returns()
q.send(None)
print("close returns:", q.close())
o2.close()
