# A bare Future completed later by a timer callback; several tasks awaiting the same future.
import asyncio


async def waiter(name, fut):
    value = await fut
    return f"{name} got {value}"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(n, fut)) for n in "abc"]
    loop.call_later(0.01, fut.set_result, 42)
    print(await asyncio.gather(*tasks))
    failing = loop.create_future()
    loop.call_later(0.01, failing.set_exception, LookupError("nothing"))
    results = await asyncio.gather(waiter("d", failing), waiter("e", failing), return_exceptions=True)
    print([repr(r) for r in results])
    late = loop.create_future()
    late.cancel()
    try:
        late.set_result("late")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)


asyncio.run(main())
