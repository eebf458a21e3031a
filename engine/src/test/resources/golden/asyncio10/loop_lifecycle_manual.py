# A loop driven by hand: run_until_complete pieces, run_forever with stop, close with pending work
import asyncio

async def step(name, n):
    for i in range(n):
        print(f"{name} {i}")
        await asyncio.sleep(0)
    return name

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
t = loop.create_task(step("bg", 10))
print(loop.run_until_complete(step("fg", 2)))
print("bg done?", t.done())
loop.call_soon(loop.stop)
loop.run_forever()
print("after one run_forever")
loop.call_later(0.01, loop.stop)
loop.run_forever()
print("bg done now?", t.done(), t.result())
fut = loop.create_future()
loop.call_soon(fut.set_result, "value")
print(loop.run_until_complete(fut))
try:
    loop.run_until_complete(fut)
    print("finished future again ok")
except Exception as e:
    print(type(e).__name__, e)
pending = loop.create_task(step("never", 3))
loop.stop()
loop.run_forever()
print("stop before run_forever: one iteration ran;", pending.done())
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(step("x", 1))
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
print("close twice ok")
del pending
import gc; gc.collect()
print("end")
