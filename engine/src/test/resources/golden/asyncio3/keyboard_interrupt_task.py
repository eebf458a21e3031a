import asyncio

async def interrupter():
    await asyncio.sleep(0)
    raise KeyboardInterrupt

async def other():
    try:
        await asyncio.sleep(10)
    finally:
        print("other cleaned up")

async def main():
    asyncio.create_task(other())
    await asyncio.create_task(interrupter())

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt escaped run")
