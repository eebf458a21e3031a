# run_forever with stop() from callbacks and tasks: what runs before the loop actually stops
import asyncio

loop = asyncio.new_event_loop()
log = []

async def task(n):
    for i in range(3):
        log.append(f"t{n}.{i}")
        await asyncio.sleep(0)

def cb(tag):
    log.append(tag)

loop.call_soon(cb, "a")
t = loop.create_task(task(1))
loop.call_soon(loop.stop)
loop.call_soon(cb, "b")
loop.run_forever()
log.append("--- stopped once")
loop.call_soon(cb, "c")
loop.call_soon(loop.stop)
loop.call_soon(loop.stop)
loop.run_forever()
log.append("--- stopped twice")
loop.stop()
loop.run_forever()
log.append("--- stop before run")
loop.call_later(0.01, loop.stop)
loop.run_forever()
log.append(f"--- timer stop; task done={t.done()}")
loop.run_until_complete(t)
print(t.done(), loop.is_running(), loop.is_closed())
async def stopper():
    loop.stop()
    log.append("stopper after stop()")
    await asyncio.sleep(0)
    log.append("stopper resumed")
    return "ok"
try:
    print(loop.run_until_complete(stopper()))
except RuntimeError as e:
    print("RuntimeError:", e)
loop.run_until_complete(asyncio.sleep(0))
for line in log:
    print(line)
loop.close()
