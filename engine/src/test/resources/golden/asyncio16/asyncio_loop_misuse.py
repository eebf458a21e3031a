import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio._get_running_loop())
loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
async def hello():
    return "hi"
print(loop.run_until_complete(hello()))
loop.close()
loop.close()
print(loop.is_closed())
c = hello()
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    loop.create_task(hello())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    loop.run_forever()
except RuntimeError as e:
    print("RuntimeError:", e)
f = loop.create_future()
print(f, f.get_loop() is loop)
try:
    f.set_result(1)
    print("set on closed loop", f.result())
except RuntimeError as e:
    print("RuntimeError:", e)

loop2 = asyncio.new_event_loop()
async def nested():
    try:
        loop2.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("nested RuntimeError:", e)
    inner = asyncio.sleep(0)
    try:
        asyncio.run(inner)
    except RuntimeError as e:
        print("asyncio.run inside:", e)
    await inner
loop2.run_until_complete(nested())
try:
    loop2.run_until_complete(42)
except TypeError as e:
    print("TypeError:", e)
fut = loop2.create_future()
loop2.call_soon(fut.set_result, "done")
print(loop2.run_until_complete(fut))
t = loop2.create_task(hello())
print(loop2.run_until_complete(t), loop2.run_until_complete(t))
async def stopper():
    loop2.stop()
    await asyncio.sleep(0)
    return "after stop"
try:
    loop2.run_until_complete(stopper())
except RuntimeError as e:
    print("RuntimeError:", e)
loop2.close()
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
try:
    asyncio.run(hello)
except ValueError as e:
    print("ValueError:", str(e).split(" at ")[0])
print(asyncio.run(hello(), debug=False))
