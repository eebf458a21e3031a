# A loop driven by hand: run_until_complete, run_forever, stop from callbacks, is_running, closes.
import asyncio

log = []


def tick(loop, n):
    log.append(f"tick{n} running={loop.is_running()}")
    if n < 3:
        loop.call_soon(tick, loop, n + 1)
    else:
        loop.stop()


async def coro(x):
    log.append(f"coro {x}")
    await asyncio.sleep(0)
    return x * 10


loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed(), loop.get_debug())
loop.call_soon(tick, loop, 0)
loop.run_forever()
print(log); log.clear()
print(loop.run_until_complete(coro(4)))
print(log); log.clear()

fut = loop.create_future()
loop.call_soon(fut.set_result, "from callback")
print(loop.run_until_complete(fut))

loop.call_soon(loop.stop)
loop.call_soon(log.append, "after stop, same iteration")
loop.run_forever()
print(log); log.clear()
loop.run_forever.__name__
loop.stop()
loop.call_soon(log.append, "queued before second run")
loop.run_forever()
print("stop before run_forever:", log); log.clear()

task = loop.create_task(coro(7))
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(asyncio.sleep(1))
except RuntimeError as e:
    print("stopped early:", e)
print(task.done(), task.result() if task.done() else None)
pending = asyncio.all_tasks(loop)
print(len(pending), sorted(t.get_coro().__name__ for t in pending))
for t in pending:
    t.cancel()
loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))


async def nested():
    try:
        loop.run_until_complete(coro(1))
    except RuntimeError as e:
        print("nested:", e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("nested forever:", e)
c = coro(2)
loop.run_until_complete(nested())
c.close()

try:
    loop.run_until_complete(42)
except TypeError as e:
    print("bad arg:", e)
try:
    loop.close()
    print("closed", loop.is_closed())
    loop.run_until_complete(coro(3))
except RuntimeError as e:
    print("closed loop:", e)
try:
    loop.call_soon(print)
except RuntimeError as e:
    print("call_soon closed:", e)
loop.close()
print("close twice ok")
