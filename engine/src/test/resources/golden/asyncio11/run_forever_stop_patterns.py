import asyncio

loop = asyncio.new_event_loop()
ticks = []
def tick(n):
    ticks.append(n)
    if n < 3:
        loop.call_soon(tick, n + 1)
    else:
        loop.stop()
loop.call_soon(tick, 0)
loop.run_forever()
print(ticks, loop.is_running())
async def worker():
    await asyncio.sleep(0.01)
    print("worker done; stopping")
    loop.stop()
    print("still runs after stop()")
    await asyncio.sleep(0)
    print("resumed in next run")
t = loop.create_task(worker())
loop.run_forever()
print("first run_forever returned; task done?", t.done())
loop.call_soon(loop.stop)
loop.run_forever()
print("second returned; task done?", t.done())
loop.stop()
loop.run_forever()
print("stop before run_forever: one iteration")
async def nested_run():
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError", e)
loop.run_until_complete(nested_run())
f = loop.create_future()
loop.call_later(0.01, f.set_result, "late")
print(loop.run_until_complete(f))
async def fails():
    raise ValueError("ruc")
try:
    loop.run_until_complete(fails())
except ValueError as e:
    print("ValueError", e)
loop.call_soon(print, "left in queue at close")
loop.close()
print("closed")
