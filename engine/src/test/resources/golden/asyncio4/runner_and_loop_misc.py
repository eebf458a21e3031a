import asyncio

async def value(v):
    await asyncio.sleep(0)
    return v

with asyncio.Runner() as runner:
    print(runner.run(value(1)), runner.run(value(2)))
    loop = runner.get_loop()
    print(loop.is_running(), loop.is_closed())
print(loop.is_closed())
try:
    runner.run(value(3))
except RuntimeError as e:
    print("RuntimeError:", e)
r2 = asyncio.Runner()
print(r2.run(value("lazy")))
r2.close()
r2.close()
loop = asyncio.new_event_loop()
calls = []
loop.call_soon(calls.append, "soon")
loop.call_later(0.01, calls.append, "later")
loop.call_later(0.01, loop.stop)
loop.run_forever()
print(calls)
h = loop.call_soon(calls.append, "never")
h.cancel()
loop.call_soon(loop.stop)
loop.run_forever()
print(calls)
async def stopper():
    loop.stop()
    await asyncio.sleep(0)
    return "stopped?"
try:
    print(loop.run_until_complete(stopper()))
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
print(asyncio.run(value("end")))
