# gc.collect() destroys pending tasks nobody can wake (a reference cycle): their coroutines are
# closed (finally runs) and "Task was destroyed but it is pending!" is logged; live ones survive.
import asyncio, gc

async def forever(n):
    try:
        await asyncio.Event().wait()
    finally:
        print("finally", n)

async def sleeper():
    await asyncio.sleep(0.01)
    print("sleeper woke")

async def waits_on(ev):
    await ev.wait()
    print("woken by main")

async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(forever(i)) for i in range(2)]
    s = asyncio.create_task(sleeper())
    w = asyncio.create_task(waits_on(ev))
    await asyncio.sleep(0)
    del ts, s, w
    gc.collect()
    print("after collect:", len(asyncio.all_tasks()), "tasks")
    ev.set()
    await asyncio.sleep(0.02)
    print("main done")

asyncio.run(main())
print("end")
