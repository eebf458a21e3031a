import asyncio

async def main():
    l1 = asyncio.get_event_loop()
    l2 = asyncio.get_running_loop()
    print(l1 is l2, l2.is_running())
    print(type(l2).__name__)

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
asyncio.run(main())
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
loop.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError', e)
policy = asyncio.get_event_loop_policy()
print(type(policy).__name__)
