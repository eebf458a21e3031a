import asyncio

order = []

def note(tag):
    order.append(tag)

async def coro(name, loop):
    note(f"{name}:start")
    loop.call_soon(note, f"{name}:soon-from-coro")
    await asyncio.sleep(0)
    note(f"{name}:after-sleep0")
    fut = loop.create_future()
    loop.call_soon(fut.set_result, None)
    fut.add_done_callback(lambda f: note(f"{name}:fut-done-cb"))
    await fut
    note(f"{name}:after-fut")
    return name

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(note, "main:soon-1")
    t1 = asyncio.create_task(coro("A", loop))
    t1.add_done_callback(lambda t: note(f"A done cb -> {t.result()}"))
    loop.call_soon(note, "main:soon-2")
    t2 = asyncio.create_task(coro("B", loop))
    note("main:before-await")
    await asyncio.sleep(0)
    note("main:after-first-sleep0")
    await t1
    note("main:after-t1")
    await t2
    note("main:end")

asyncio.run(main())
for i, o in enumerate(order):
    print(f"{i:2} {o}")
