# Temporaries holding never-awaited coroutines inside a running asyncio program.
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    print(f"  {category.__name__} at line {lineno}: {message}")


warnings.showwarning = show  # the warnings in order with the prints

import asyncio

async def work(n):
    await asyncio.sleep(0)
    return n

async def main():
    print("start")
    print(len([work(1), work(2)]))
    print("after len")
    msg = "got %s" % (work(3),)
    print(msg[:6])
    print(work(4) is not None)
    print("tuple", len((work(5),)))
    results = await asyncio.gather(*[work(i) for i in range(3)])
    print(results)
    print(f"{[type(work(6)).__name__]}")
    print("end")

asyncio.run(main())
print("done")
