import asyncio

async def interrupter():
    await asyncio.sleep(0)
    raise KeyboardInterrupt

async def bystander(name):
    try:
        await asyncio.sleep(1)
    finally:
        print(name, "finally")

async def main():
    try:
        await asyncio.gather(interrupter(), bystander("b1"), bystander("b2"))
    finally:
        print("main finally")

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt reached the top")
