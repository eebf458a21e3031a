import asyncio

async def ticks(name):
    try:
        for i in range(100):
            yield i
            await asyncio.sleep(0.01)
    finally:
        print(f"{name} generator finally")

async def consume(name):
    gen = ticks(name)
    try:
        async for v in gen:
            if v == 2 and name == "bad":
                raise ValueError(f"{name} saw {v}")
    finally:
        await gen.aclose()
        print(f"{name} consumer closed generator")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(consume("good"))
            tg.create_task(consume("bad"))
    except* ValueError as eg:
        print("group:", [str(e) for e in eg.exceptions])

asyncio.run(main())
