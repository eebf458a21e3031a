# Event set then cleared before waiters run: they still wake (they were woken by set).
import asyncio


async def main():
    ev = asyncio.Event()
    woke = []

    async def waiter(n):
        await ev.wait()
        woke.append(n)

    ts = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    print("is_set after clear:", ev.is_set())
    await asyncio.gather(*ts)
    print("woken:", woke)
    late = asyncio.create_task(waiter(99))
    await asyncio.sleep(0.01)
    print("late waiter still waiting:", not late.done())
    ev.set()
    await late
    print("woken:", woke)
    print("wait on set event returns", await ev.wait())


asyncio.run(main())
