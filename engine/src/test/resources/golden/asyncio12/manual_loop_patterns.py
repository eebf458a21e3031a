# Manual loop handling as older tutorials show it: new_event_loop, run_until_complete, stop, close.
import asyncio
import warnings

async def compute(x):
    await asyncio.sleep(0)
    return x * x

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(compute(3)))
print(loop.run_until_complete(asyncio.gather(compute(1), compute(2))))
fut = loop.create_future()
loop.call_soon(fut.set_result, "set by callback")
print(loop.run_until_complete(fut))
t = loop.create_task(compute(4))
print(loop.run_until_complete(t), t.done())
loop.call_later(0.001, loop.stop)
ticks = []
def tick(n):
    ticks.append(n)
    if n < 100:
        loop.call_soon(tick, n + 1)
loop.call_soon(tick, 0)
loop.run_forever()
print("run_forever stopped after ticks > 2:", len(ticks) > 2, loop.is_running())
loop.call_soon(loop.stop)
loop.run_forever()
print("stopped again")
print(asyncio.get_event_loop() is loop)
pending = loop.create_task(asyncio.sleep(10))
loop.run_until_complete(asyncio.sleep(0))
pending.cancel()
try:
    loop.run_until_complete(pending)
except asyncio.CancelledError:
    print("pending cancelled")
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(compute(1))
except RuntimeError as e:
    print("RuntimeError:", e)
c = compute(2)
try:
    loop.create_task(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop2 = asyncio.new_event_loop()
print(loop2.run_until_complete(compute(5)))
loop2.close()
loop2.close()
print(asyncio.run(compute(6)))
