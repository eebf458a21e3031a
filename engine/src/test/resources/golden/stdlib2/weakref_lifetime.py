import asyncio
import gc
import sys
import weakref


class Job:
    def __init__(self, n):
        self.n = n


j = Job(1)
r = weakref.ref(j)
print(r, file=sys.stderr)
k = weakref.ref(j, lambda ref: 1 / 0)
j = Job(2)
print("rebound", r(), file=sys.stderr)
print(r, file=sys.stderr)
print(weakref.ref(print), file=sys.stderr)
print(weakref.ref(Job), file=sys.stderr)
f = weakref.finalize(j, print, "bye")
print(f, file=sys.stderr)
f()
print(f, file=sys.stderr)


async def worker(n):
    await asyncio.sleep(0.1)
    return n


async def main():
    jobs = [Job(i) for i in range(3)]
    seen = weakref.WeakSet(jobs)
    tracker = weakref.WeakValueDictionary((j.n, j) for j in jobs)
    results = await asyncio.gather(*(worker(j.n) for j in jobs))
    print(results, len(seen), sorted(tracker))
    jobs.pop()
    print(len(seen), sorted(tracker))
    jobs.clear()
    gc.collect()
    print(len(seen), sorted(tracker))
    coro = worker(9)
    cr = weakref.ref(coro)
    print(cr() is coro)
    print(await coro, cr() is coro)


asyncio.run(main())
