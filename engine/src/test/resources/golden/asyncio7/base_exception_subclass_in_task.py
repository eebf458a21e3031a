import asyncio

class Fatal(BaseException):
    pass

async def bomb():
    await asyncio.sleep(0)
    raise Fatal("reactor")

async def bystander():
    try:
        await asyncio.sleep(1)
    finally:
        print("bystander cleanup")

async def main():
    asyncio.create_task(bystander())
    t = asyncio.create_task(bomb())
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally; bomb done:", t.done())

try:
    asyncio.run(main())
except Fatal as e:
    print("Fatal escaped:", e)
