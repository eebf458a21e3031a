import asyncio

async def main():
    loop = asyncio.get_running_loop()
    def stop_all():
        print('callback raises SystemExit')
        raise SystemExit(3)
    loop.call_soon(stop_all)
    try:
        await asyncio.sleep(1)
    finally:
        print('main finally')

try:
    asyncio.run(main())
except SystemExit as e:
    print('SystemExit escaped run', e.code)
print('end')
