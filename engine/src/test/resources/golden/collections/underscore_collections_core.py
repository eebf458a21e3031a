# The C core of collections is importable on its own as _collections (asyncio uses its deque
# without importing collections); its types are collections' own.
import _collections
import asyncio
import collections

print(_collections.deque is collections.deque)
print(_collections.defaultdict is collections.defaultdict)
d = _collections.deque([1, 2, 3], maxlen=3)
d.append(4)
print(d, type(d).__module__, type(d).__name__)
dd = _collections.defaultdict(list)
dd["k"].append(1)
print(dd)


async def main():
    q = asyncio.Queue()
    await q.put(1)
    print(await q.get(), q.empty())
    lock = asyncio.Lock()
    async with lock:
        print(lock.locked())


asyncio.run(main())
print(isinstance(d, collections.abc.MutableSequence), isinstance(d, collections.abc.Sized))
