import asyncio
import warnings

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
async def check():
    return asyncio.get_event_loop() is asyncio.get_running_loop()
print(loop.run_until_complete(check()))
loop.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)
print(asyncio.iscoroutinefunction(check), asyncio.iscoroutinefunction(print))
