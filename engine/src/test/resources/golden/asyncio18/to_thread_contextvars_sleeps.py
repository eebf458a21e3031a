# A to_thread call runs in a copy of the caller's context: it sees the caller's value, and what
# it sets stays in the thread. The calls end in order of their sleeps.
import asyncio, time, contextvars

var = contextvars.ContextVar("var", default="unset")

def worker(n):
    seen = var.get()
    time.sleep(0.3 * n)
    var.set("changed in thread")
    print("worker", n, "saw", seen, "now", var.get())
    return n

async def main():
    var.set("main value")
    rs = await asyncio.gather(*(asyncio.to_thread(worker, n) for n in (3, 1, 2)))
    print(rs, var.get())

asyncio.run(main())
