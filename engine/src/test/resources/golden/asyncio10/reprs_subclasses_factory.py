# Subclassed Task and Future, a task factory, and the reprs of handles, timeouts, groups, runners, queues
import asyncio, contextvars, functools, re
def r(x): return re.sub(r" at 0x[0-9a-f]+", "", re.sub(r"at \S+?\.py:(\d+)", r"at F:\1", repr(x)))
class MyTask(asyncio.Task):
    def __repr__(self): return "MyTask<" + super().__repr__()[1:]
class MyFut(asyncio.Future):
    pass
async def co(): await asyncio.sleep(0); return 7
async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(lambda l, c, **kw: MyTask(c, loop=l, **kw))
    t = asyncio.create_task(co(), name="x")
    print(r(t), type(t).__name__, loop.get_task_factory() is not None)
    print(await t)
    loop.set_task_factory(None)
    f = MyFut()
    print(r(f))
    f.set_result(1)
    print(r(f), await f)
    h = loop.call_soon(print, "hi")
    print(type(h._context).__name__, h.cancelled(), h._callback is print, h._args)
    th = loop.call_later(5, functools.partial(print, 1))
    print(r(th).split(" when=")[0], r(th).split(" ")[-1])
    th.cancel(); print(r(th).split(" when=")[0])
    print(r(asyncio.timeout(1)).split(" when")[0])
    async with asyncio.timeout(None) as cm:
        print(r(cm))
    print(r(asyncio.TaskGroup()))
    print(asyncio.get_event_loop_policy().get_event_loop() is loop)
    print(r(asyncio.Runner()))
    print(r(loop).split(" ")[0])
    await asyncio.sleep(0)
    ev = asyncio.Event(); ev.set(); print(r(ev))
    q = asyncio.PriorityQueue(); q.put_nowait((1,"a")); print(r(q), str(q))
asyncio.run(main())
