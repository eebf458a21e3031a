# Variations a learner tries after reading the seed page: change sleeps, add prints, cancel.
import asyncio
import inspect

async def fetch():
    return "done"

async def add(a, b):
    return a + b

async def work(name, delay):
    print(f"start {name} ({delay})")
    await asyncio.sleep(delay)
    print(f"end {name}")
    return name

async def consumer():
    x = await asyncio.sleep(0, result=1)
    return x

async def main():
    result = await fetch()
    print(result)
    coro = add(1, 2)
    print(type(coro).__name__, inspect.iscoroutine(coro), inspect.getcoroutinestate(coro))
    print(await coro, inspect.getcoroutinestate(coro))
    try:
        await coro
    except RuntimeError as e:
        print("again:", e)
    t1 = asyncio.create_task(work("a", 0.02))
    t2 = asyncio.create_task(work("b", 0.01))
    print("tasks made", t1.done(), t2.done())
    results = await asyncio.gather(t1, t2)
    print(results)
    # cancel one of them
    t3 = asyncio.create_task(work("c", 0.05))
    t4 = asyncio.create_task(work("d", 0.01))
    await asyncio.sleep(0.02)
    print("cancel c:", t3.cancel(), "cancel d:", t4.cancel())
    r = await asyncio.gather(t3, t4, return_exceptions=True)
    print([type(x).__name__ if isinstance(x, BaseException) else x for x in r])
    print(await consumer())
    c = consumer()
    print(c.send(None))
    try:
        c.send(None)
    except StopIteration as e:
        print("StopIteration", e.value)
    c2 = consumer()
    try:
        c2.throw(ValueError("boom"))
    except ValueError as e:
        print("throw unstarted:", e, inspect.getcoroutinestate(c2))
    c3 = consumer()
    c3.send(None)
    c3.close()
    print("closed", inspect.getcoroutinestate(c3), c3.cr_frame)
    print(sorted(n for n in dir(c3) if not n.startswith("__")))
    print(hasattr(c3, "__iter__"), hasattr(c3, "__next__"), hasattr(c3.__await__(), "__next__"))

asyncio.run(main())
print("sync call:", add(1, 2).__class__.__qualname__)
