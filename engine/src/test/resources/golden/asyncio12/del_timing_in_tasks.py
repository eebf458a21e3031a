# When do __del__ methods run for objects held by coroutines, tasks and futures?
import asyncio

class Res:
    def __init__(self, name):
        self.name = name
        print(f"open {name}")
    def __del__(self):
        print(f"__del__ {self.name}")

async def hold(name, delay):
    r = Res(name)
    await asyncio.sleep(delay)
    print(f"{name} done sleeping")
    return len(name)

async def hold_forever(name):
    r = Res(name)
    await asyncio.Event().wait()

async def main():
    print("result", await hold("awaited", 0))
    t = asyncio.create_task(hold("task", 0.001))
    await t
    print("task awaited; still referenced by t")
    del t
    print("after del t")
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(Res("in future"))
    fut = None
    print("after dropping future")
    asyncio.create_task(hold_forever("pending at shutdown"))
    await asyncio.sleep(0)
    c = hold("never started", 0)
    c.close()
    print("after close of unstarted coroutine")
    g = hold("suspended", 1)
    g.send(None)
    print("suspended coroutine dropped:")
    g = None
    print("main returns")

asyncio.run(main())
print("after run")
