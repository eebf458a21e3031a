# run_until_complete with plain futures, tasks and awaitables; stop() from a
# callback; run_forever; a future completed with an exception; errors.
import asyncio

class Knock:
    def __await__(self):
        yield
        return "knocked"

loop = asyncio.new_event_loop()
f = loop.create_future()
loop.call_soon(f.set_result, 42)
print("future:", loop.run_until_complete(f))

f2 = loop.create_future()
loop.call_later(0.1, f2.set_exception, ValueError("from a timer"))
try:
    loop.run_until_complete(f2)
except ValueError as e:
    print("future exception:", e)

print("awaitable object:", loop.run_until_complete(Knock()))

async def counter(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)

loop.call_soon(loop.stop)
loop.create_task(counter(5))
loop.run_forever()
print("after run_forever: running?", loop.is_running())
loop.call_later(0.01, loop.stop)
loop.run_forever()
print("second run_forever returned")

f3 = loop.create_future()
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(f3)
except RuntimeError as e:
    print("stopped early:", e)

async def inner_run():
    try:
        loop.run_forever()
    except RuntimeError as e:
        return str(e)
print("run_forever inside:", loop.run_until_complete(inner_run()))

f4 = loop.create_future()
f4.cancel()
try:
    loop.run_until_complete(f4)
except asyncio.CancelledError:
    print("cancelled future -> CancelledError")

other = asyncio.new_event_loop()
try:
    loop.run_until_complete(other.create_future())
except ValueError as e:
    print("other loop:", e)
other.close()
loop.close()
try:
    loop.run_forever()
except RuntimeError as e:
    print("closed:", e)
try:
    loop.create_task(counter(1))
except RuntimeError as e:
    print("create_task on closed loop:", e)
