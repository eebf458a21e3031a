import asyncio

loop = asyncio.new_event_loop()
log = []

def tick(n):
    log.append(f'tick {n}')
    if n < 3:
        loop.call_soon(tick, n + 1)
    else:
        loop.stop()
        log.append('stop requested')

loop.call_soon(tick, 0)
loop.call_later(0.5, log.append, 'late timer')
loop.run_forever()
print(log, loop.is_running(), loop.is_closed())
loop.call_soon(loop.stop)
loop.run_forever()
print(len(loop._scheduled))
async def coro():
    return 'ruc'
print(loop.run_until_complete(coro()))
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print)
except RuntimeError as e:
    print(e)
loop.close()
