# to_thread for a blocking helper: results, exceptions, and the contextvars copy it gets.
import asyncio
import contextvars
import threading

who = contextvars.ContextVar("who", default="?")

def blocking_sum(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return sum(range(n)), who.get(), threading.current_thread() is threading.main_thread()

async def main():
    who.set("main-task")
    r = await asyncio.to_thread(blocking_sum, 10)
    print(r)
    rs = await asyncio.gather(*(asyncio.to_thread(blocking_sum, n) for n in (3, -1, 5)),
                              return_exceptions=True)
    for x in rs:
        print(type(x).__name__, x)
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking_sum, 4)
    print("run_in_executor:", r[0], r[1], r[2])
    try:
        await loop.run_in_executor(None, blocking_sum, -2)
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.to_thread(blocking_sum)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
