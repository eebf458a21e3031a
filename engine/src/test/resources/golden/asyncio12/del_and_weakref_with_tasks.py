# Weak references to tasks and to objects their coroutines hold; gc.collect frees orphaned cycles.
import asyncio
import gc
import weakref

class Conn:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Conn({self.name})"
    def __del__(self):
        print(f"closing {self.name}")

async def serve(name, gate):
    conn = Conn(name)
    await gate

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(serve("kept", loop.create_future()))
    w = weakref.ref(t)
    asyncio.create_task(serve("orphan", loop.create_future()))
    await asyncio.sleep(0)
    print("weak ref alive:", w() is t, len(asyncio.all_tasks()))
    print("gc.collect() found garbage:", gc.collect() > 0)
    print("tasks now:", len(asyncio.all_tasks()))
    t.cancel()
    await asyncio.sleep(0)
    print("kept cancelled:", t.cancelled())
    del t
    print("weak ref after del:", w())
    finalized = []
    c = Conn("finalizer")
    weakref.finalize(c, finalized.append, "done")
    del c
    print(finalized)

asyncio.run(main())
print("end")
