import asyncio

async def inner():
    await asyncio.sleep(1)

async def middle():
    await inner()

async def main():
    t = asyncio.create_task(middle())
    await asyncio.sleep(0)
    t.cancel('first')
    t.cancel('second')
    print(t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('args', e.args)
    print(t.cancelled(), t.cancelling())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result args', e.args)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print('exception args', e.args)
    print(t.cancel())
    t2 = asyncio.create_task(middle())
    t2.cancel()
    print(t2.cancelling(), t2.uncancel(), t2.cancelling())
    await asyncio.sleep(0)
    print(t2.cancelled(), t2.done())

asyncio.run(main())
