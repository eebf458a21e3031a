# Task.get_stack: the suspended frame, the traceback frames of a failed task,
# nothing for a finished one.
import asyncio

async def deep():
    await asyncio.sleep(0.1)

async def failing():
    await asyncio.sleep(0)
    raise ValueError("x")

async def main():
    t = asyncio.create_task(deep())
    await asyncio.sleep(0)
    print([(f.f_code.co_name, f.f_lineno) for f in t.get_stack()])
    t2 = asyncio.create_task(failing())
    await asyncio.sleep(0.01)
    print([(f.f_code.co_name, f.f_lineno) for f in t2.get_stack()])
    t2.exception()
    await t
    print(t.get_stack())

asyncio.run(main())
