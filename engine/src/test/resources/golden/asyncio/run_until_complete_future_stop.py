import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.call_later(0.1, fut.set_result, 'fut value')
print(loop.run_until_complete(fut))
fut2 = loop.create_future()
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(fut2)
except RuntimeError as e:
    print(e)
async def raiser():
    raise ValueError('from ruc')
try:
    loop.run_until_complete(raiser())
except ValueError as e:
    print('caught', e)
t = loop.create_task(asyncio.sleep(0.1, 'task'))
print(loop.run_until_complete(t), t)
loop.close()
