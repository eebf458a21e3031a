import asyncio

async def getv():
    return 1

async def f(n):
    c = getv()
    await asyncio.sleep(0)
    raise ValueError(n)

async def main():
    tasks = [asyncio.create_task(f(i)) for i in range(2)]
    done, pending = await asyncio.wait(tasks)
    for t in done:
        t.exception()
    print("waited")
    tasks = None
    print("tasks dropped")
    t = None
    done = None
    print("done dropped")
    await asyncio.sleep(0)
    print("slept")
    q = asyncio.Queue()
    q.put_nowait(getv())
    print("queued")
    q.get_nowait()
    print("got and dropped")
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(lambda _, c=getv(): None)
    print("callback holds one")
    fut.set_result(None)
    await asyncio.sleep(0)
    print("callback ran")
    fut = None
    print("fut dropped")
    h = asyncio.get_running_loop().call_soon(lambda c: print(type(c).__name__), getv())
    await asyncio.sleep(0)
    print("handle ran")
    h = None
    print("handle dropped")

asyncio.run(main())
