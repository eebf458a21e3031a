import asyncio
import inspect

def show(label, coro):
    print(f"{label:<9} running={coro.cr_running!s:<5} "
          f"suspended={coro.cr_suspended!s:<5} "
          f"{inspect.getcoroutinestate(coro)}")

async def worker():
    show("inside", asyncio.current_task().get_coro())
    await asyncio.sleep(1)

async def main():
    coro = worker()
    show("created", coro)
    task = asyncio.create_task(coro)
    await asyncio.sleep(0.5)
    show("sleeping", coro)
    await task
    show("finished", coro)

asyncio.run(main())
