# Puzzle: call_soon, call_later(0), call_at(now), a sleep(0) task and future callbacks interleaved
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    out = []
    now = loop.time()
    loop.call_later(0, out.append, "later0")
    loop.call_soon(out.append, "soon1")
    h = loop.call_soon(out.append, "cancelled soon")
    loop.call_at(now, out.append, "at-now")
    loop.call_at(now - 1, out.append, "at-past")
    h.cancel()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: out.append("fut-cb"))
    async def sleeper():
        out.append("task step 1")
        await asyncio.sleep(0)
        out.append("task step 2")
        fut.set_result(None)
        out.append("task set fut")
        await asyncio.sleep(0)
        out.append("task step 3")
    t = asyncio.create_task(sleeper())
    loop.call_soon(out.append, "soon2")
    th = loop.call_later(0, out.append, "later0-b")
    out.append("main before sleep")
    await asyncio.sleep(0)
    out.append("main after sleep 1")
    await asyncio.sleep(0)
    out.append("main after sleep 2")
    await t
    out.append("main after t")
    print(repr(th).split(" when=")[0], h.cancelled(), th.cancelled())
    for i, x in enumerate(out):
        print(i, x)

asyncio.run(main())
