# close() of a coroutine that catches GeneratorExit and keeps awaiting
import types

@types.coroutine
def step(x):
    return (yield x)

async def stubborn():
    try:
        await step(1)
    except GeneratorExit:
        print("got GeneratorExit")
        await step(2)
        print("never")

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(c.cr_frame is None, c.cr_running)

async def returns_on_exit():
    try:
        await step(1)
    except GeneratorExit:
        return "ignored value"

c = returns_on_exit(); c.send(None)
print("close ->", c.close())

async def raises_other():
    try:
        await step(1)
    finally:
        raise KeyError("from finally")

c = raises_other(); c.send(None)
try:
    c.close()
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)

def gen():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = gen(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("gen:", e)

async def agen():
    try:
        yield 1
    except GeneratorExit:
        yield 2

import asyncio
async def main():
    a = agen()
    await a.__anext__()
    try:
        await a.aclose()
    except RuntimeError as e:
        print("agen:", e)
asyncio.run(main())
