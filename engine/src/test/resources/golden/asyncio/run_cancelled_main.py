import asyncio

async def main():
    asyncio.current_task().cancel('bye')
    try:
        await asyncio.sleep(1)
    finally:
        print('finally in main')

try:
    asyncio.run(main())
except asyncio.CancelledError as e:
    print('run raised CancelledError', e.args)
async def main2():
    raise asyncio.CancelledError('raised by hand')
try:
    asyncio.run(main2())
except asyncio.CancelledError as e:
    print('second', e.args)
asyncio.run(main())
