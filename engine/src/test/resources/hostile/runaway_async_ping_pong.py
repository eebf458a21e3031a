import asyncio


async def player(name, inbox, outbox):
    while True:
        ball = await inbox.get()
        await outbox.put(ball + 1)


async def main():
    a, b = asyncio.Queue(), asyncio.Queue()
    await a.put(0)
    await asyncio.gather(player("ping", a, b), player("pong", b, a))


asyncio.run(main())
