import asyncio

async def selfish():
    me = asyncio.current_task()
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    return "survived"

async def main():
    t = asyncio.create_task(selfish())
    print(await t)
    me = asyncio.current_task()
    try:
        await asyncio.wait_for(asyncio.shield(me), 0.01)
    except TimeoutError:
        print("shield of myself timed out")
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])

asyncio.run(main())
