import asyncio, functools

def report(tag, fut):
    print("report", tag, fut.result())
    raise KeyError(tag)

async def work():
    return 7

async def main():
    t = asyncio.create_task(work(), name="worker")
    t.add_done_callback(functools.partial(report, "first"))
    t.add_done_callback(lambda f: print("lambda sees", f.result()))
    await t
    await asyncio.sleep(0)
    print("main goes on")

asyncio.run(main())
