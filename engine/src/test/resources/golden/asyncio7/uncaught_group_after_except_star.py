import asyncio

async def fail(exc, delay=0):
    await asyncio.sleep(delay)
    raise exc

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(KeyError("inner-key")))
        tg.create_task(fail(OSError("inner-os"), 0.001))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(fail(ValueError("outer-value"), 0.002))
    except* KeyError as eg:
        print("handled KeyErrors:", eg.exceptions)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(KeyError("never raised")))
            raise ValueError("body failed")
    except* ValueError as eg:
        e = eg.exceptions[0]
        e.add_note("noted while handling")
        raise RuntimeError("replacing the ValueError") from e

asyncio.run(main())
