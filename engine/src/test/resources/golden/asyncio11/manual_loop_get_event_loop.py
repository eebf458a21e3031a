import asyncio, warnings
warnings.simplefilter("always")
policy = asyncio.get_event_loop_policy()
print(type(policy).__name__)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
async def f():
    print("inside", asyncio.get_event_loop() is loop)
    return 7
print(loop.run_until_complete(f()))
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(f())
except RuntimeError as e:
    print("RuntimeError", e)
try:
    loop.call_soon(print)
except RuntimeError as e:
    print("RuntimeError", e)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError", e)
loop2 = asyncio.new_event_loop()
fut = loop2.create_future()
loop2.call_later(0.01, fut.set_result, "ok")
print(loop2.run_until_complete(fut))
try:
    loop2.run_until_complete(asyncio.sleep(10, result=1)) if False else None
    loop2.stop()
    loop2.run_forever()
    print("run_forever returned after stop")
except Exception as e:
    print(e)
loop2.close()
loop2.close()
