import asyncio

async def job(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    its = list(asyncio.as_completed([job(3), job(1), job(2)]))
    print([c.__qualname__ for c in its])
    tasks = [asyncio.create_task(c) for c in its]
    await asyncio.sleep(0)
    print(repr(tasks[0]).replace(__file__, "F"))
    print(await asyncio.gather(*tasks))
    print(repr(tasks[0]).replace(__file__, "F"))

asyncio.run(main())
