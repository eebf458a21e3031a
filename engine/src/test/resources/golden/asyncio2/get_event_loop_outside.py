# get_event_loop / get_running_loop / set_event_loop outside a running loop (3.11 behaviour).
import asyncio
import warnings

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("get_running_loop:", e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loop = asyncio.get_event_loop()
    print("got a loop:", type(loop).__name__, loop.is_running(), loop.is_closed())
    print("same loop again:", asyncio.get_event_loop() is loop)
    print("warnings:", [(w.category.__name__, str(w.message)) for w in caught])


async def inside():
    return asyncio.get_event_loop() is asyncio.get_running_loop()


print("inside:", loop.run_until_complete(inside()))
loop.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("after set None:", e)
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print("set loop is returned:", asyncio.get_event_loop() is new)
print(asyncio.run(inside()))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("after asyncio.run:", e)
new.close()
