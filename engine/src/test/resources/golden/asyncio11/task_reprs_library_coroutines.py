import asyncio

async def child():
    await asyncio.sleep(0.01)

async def main():
    me = asyncio.current_task()
    print(repr(me).replace(__file__, "F"))
    t = asyncio.create_task(child())
    g = asyncio.gather(t)
    await asyncio.sleep(0)
    print(repr(t).replace(__file__, "F"))
    print(repr(g).replace(__file__, "F"))
    s = asyncio.shield(t)
    print(repr(s).replace(__file__, "F"))
    loop = asyncio.get_running_loop()
    w = asyncio.ensure_future(asyncio.wait_for(child(), 1))
    await asyncio.sleep(0)
    print(repr(w).replace(__file__, "F"))
    print(repr(me).replace(__file__, "F"))
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(repr(q).split(" at ")[0], "_getters[1]" in repr(q))
    print(repr(getter).replace(__file__, "F"))
    getter.cancel()
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    sw = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    print(repr(sem).split(" [")[1])
    print(repr(sw).replace(__file__, "F"))
    sw.cancel()
    ev = asyncio.Event()
    ew = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(repr(ew).replace(__file__, "F"))
    ev.set()
    await g
    await w
    async with asyncio.TaskGroup() as tg:
        tt = tg.create_task(child())
        await asyncio.sleep(0)
        print(repr(tt).replace(__file__, "F"))
    to = asyncio.create_task(asyncio.to_thread(print, "thread"))
    print(repr(to).replace(__file__, "F"))
    await to
    print(repr(to).replace(__file__, "F"))

asyncio.run(main())
