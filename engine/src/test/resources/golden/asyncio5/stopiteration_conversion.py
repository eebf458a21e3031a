# StopIteration / StopAsyncIteration raised inside coroutines and generators
import asyncio

async def raises_stop():
    raise StopIteration("inner")

async def raises_stop_sub():
    class MyStop(StopIteration): pass
    raise MyStop(7)

def gen_stop():
    yield 1
    raise StopIteration(2)

async def agen_stop():
    yield 1
    raise StopAsyncIteration("x")

async def agen_stop_iter():
    yield 1
    raise StopIteration

async def main():
    for f in (raises_stop, raises_stop_sub):
        try:
            await f()
        except RuntimeError as e:
            print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__.args)
    try:
        list(gen_stop())
    except RuntimeError as e:
        print("gen:", e, repr(e.__cause__))
    for ag in (agen_stop, agen_stop_iter):
        try:
            async for v in ag():
                print("item", v)
        except RuntimeError as e:
            print(ag.__name__, "RuntimeError:", e, repr(e.__cause__))
    t = asyncio.create_task(raises_stop())
    try:
        await t
    except RuntimeError as e:
        print("task:", e)
    # plain StopIteration passed through await of a future
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.set_exception(StopIteration())
    except TypeError as e:
        print("future:", e)
asyncio.run(main())
