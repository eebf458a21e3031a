import asyncio

async def countdown(start):
    n = start
    while n > 0:
        await asyncio.sleep(0)
        n -= 1
    return "liftoff"

async def main():
    coro = countdown(3)
    code = coro.cr_code
    print(code.co_name, code.co_varnames, code.co_argcount)
    print("not started, frame at line", coro.cr_frame.f_lineno)
    task = asyncio.create_task(coro)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    frame = coro.cr_frame
    print("paused at line", frame.f_lineno, frame.f_locals)
    print(await task, "| frame now:", coro.cr_frame)

asyncio.run(main())
