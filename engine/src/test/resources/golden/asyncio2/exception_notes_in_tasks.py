# add_note on exceptions raised in tasks; notes shown in tracebacks and in an ExceptionGroup.
import asyncio


async def step(n):
    await asyncio.sleep(0)
    try:
        raise ValueError(f"step {n} failed")
    except ValueError as e:
        e.add_note(f"while running step {n}")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(2):
                tg.create_task(step(n))
    except* ValueError as eg:
        for e in eg.exceptions:
            print(e, e.__notes__)
        eg.add_note("group note")
        print(eg.__notes__)
    await step(9)


asyncio.run(main())
