# A profile function watching a program's own coroutines under asyncio.run: 'call' at every
# resumption, 'return' at every suspension (with what was yielded), c_call only for C functions.
import sys, asyncio
from collections import Counter

def prof(frame, event, arg):
    if frame.f_code.co_filename != __file__: return
    if event.startswith("c_"):
        a = getattr(arg, "__qualname__", arg)
    else:
        a = type(arg).__name__ if arg is not None else None
    print("P", event, frame.f_code.co_name, a)

async def child(n):
    await asyncio.sleep(0)
    return n * 2

async def main():
    r = await child(1)
    t = asyncio.create_task(child(2))
    r2 = await t
    print(r, r2)

sys.setprofile(prof)
asyncio.run(main())
sys.setprofile(None)

calls = Counter()
def count(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return
    key = (event, frame.f_code.co_name if not event.startswith("c_") else arg.__name__)
    calls[key] += 1

async def leaf(i):
    await asyncio.sleep(0)
    if i == 2:
        raise ValueError(i)
    return i

async def mid(i):
    try:
        return await leaf(i)
    except ValueError:
        return -1

async def main2():
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, 9)
    r = await asyncio.gather(*(mid(i) for i in range(4)))
    v = await fut
    t = asyncio.create_task(leaf(5))
    t.add_done_callback(lambda t: None)
    await t
    print(r, v, t.result(), fut.done())
    q = asyncio.Queue()
    q.put_nowait(1)
    await q.get()
    ev = asyncio.Event()
    ev.set()
    await ev.wait()
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except asyncio.TimeoutError:
        print("timeout")

sys.setprofile(count)
asyncio.run(main2())
sys.setprofile(None)
for k in sorted(calls):
    print(k, calls[k])
