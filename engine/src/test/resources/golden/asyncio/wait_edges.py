# asyncio.wait: futures already done, FIRST_EXCEPTION without exceptions, a
# cancelled task counts as done, invalid return_when, coroutines refused.
import asyncio

async def job(v, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(v)
    return v

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("ready")
    t = asyncio.create_task(job("t", 0.1))
    done, pending = await asyncio.wait([f, t], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), f in done)
    done, pending = await asyncio.wait([t], return_when=asyncio.FIRST_EXCEPTION)
    print("first exception without one:", len(done), len(pending))
    c = asyncio.create_task(job("c", 1))
    e = asyncio.create_task(job("e", 0.05, fail=True))
    c.cancel()
    done, pending = await asyncio.wait([c, e], return_when=asyncio.FIRST_EXCEPTION)
    print("cancelled counts as done:", sorted(x.get_name() == c.get_name() for x in done), len(pending))
    e.exception()
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as err:
        print(err)
    co = job("x", 0)
    try:
        await asyncio.wait([co])
    except TypeError as err:
        print(err)
    co.close()
    try:
        await asyncio.wait(t)
    except TypeError as err:
        print(err)
    done, pending = await asyncio.wait({asyncio.create_task(job(i, 0.01 * i)) for i in range(4)}, timeout=0.025)
    print(sorted(d.result() for d in done), len(pending))
    await asyncio.wait(pending)

asyncio.run(main())
