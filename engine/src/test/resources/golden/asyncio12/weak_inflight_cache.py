# De-duplicating in-flight requests with a WeakValueDictionary of futures.
import asyncio
import weakref

class Fetcher:
    def __init__(self):
        self.inflight = weakref.WeakValueDictionary()
        self.calls = 0

    async def _load(self, key):
        self.calls += 1
        await asyncio.sleep(0.001)
        return key.upper()

    def get(self, key):
        fut = self.inflight.get(key)
        if fut is None:
            fut = asyncio.ensure_future(self._load(key))
            self.inflight[key] = fut
        return fut

async def main():
    f = Fetcher()
    results = await asyncio.gather(f.get("a"), f.get("b"), f.get("a"), f.get("a"))
    print(results, "loads:", f.calls)
    print("cached while held:", sorted(f.inflight.keys()))
    del results
    later = await f.get("a")
    print(later, "loads:", f.calls)
    fut = asyncio.get_running_loop().create_future()
    r = weakref.ref(fut, lambda ref: print("future collected"))
    print(r() is fut)
    fut = None
    print("after drop:", r())
    t = asyncio.create_task(asyncio.sleep(0, "x"))
    ws = weakref.WeakSet([t])
    print(len(ws), await t)

asyncio.run(main())
