# Predict: loop.stop() inside callbacks and tasks; what still runs in the same iteration.
import asyncio

order = []

def cb(tag):
    order.append(tag)

async def task_body(loop):
    order.append("task step 1")
    loop.stop()
    order.append("task called stop")
    await asyncio.sleep(0)
    order.append("task step 2")

loop = asyncio.new_event_loop()
loop.call_soon(cb, "A")
loop.call_soon(loop.stop)
loop.call_soon(cb, "B (same iteration as stop)")
loop.call_later(0, cb, "timer 0")
loop.run_forever()
order.append("-- run_forever returned")
loop.call_soon(loop.stop)
loop.run_forever()
order.append("-- second run_forever returned")
t = loop.create_task(task_body(loop))
loop.call_soon(cb, "after task")
loop.run_forever()
order.append("-- third returned; task done? %s" % t.done())
loop.call_soon(loop.stop)
loop.call_soon(loop.stop)
loop.run_forever()
order.append("-- fourth returned")
loop.run_forever() if False else None
fut = loop.create_future()
loop.call_later(0.001, fut.set_result, "F")
loop.call_soon(cb, "before future")
print(loop.run_until_complete(fut))
order.append("-- rucomplete returned")
loop.stop()
loop.call_soon(cb, "queued after pre-stop")
loop.run_forever()
order.append("-- pre-stopped loop ran once")
loop.run_until_complete(t)
loop.close()
for i, o in enumerate(order):
    print(i, o)
