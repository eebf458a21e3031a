# cancel() / cancelling() / uncancel() in every task state
import asyncio

async def body(log, n):
    log.append("start")
    for i in range(n):
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError as e:
            log.append(f"caught {e.args} cancelling={asyncio.current_task().cancelling()}")
            asyncio.current_task().uncancel()
    log.append("end")
    return len(log)

async def main():
    log = []
    t = asyncio.create_task(body(log, 3))
    print("pending unstarted:", t.cancel("first"), t.cancelling(), t.cancel("second"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("unstarted ->", repr(e), log, t.cancelled())
    print("after done:", t.cancel(), t.cancelling(), t.uncancel(), t.cancelling())
    log = []
    t = asyncio.create_task(body(log, 3))
    await asyncio.sleep(0)
    print("suspended:", t.cancel("mid"), t.cancelling())
    await asyncio.sleep(0)
    print("after one step", log, t.cancelling())
    print("result", await t, log, t.cancelled(), t.cancelling())
    log = []
    t = asyncio.create_task(body(log, 2))
    await asyncio.sleep(0)
    t.cancel("x"); t.cancel("y")
    print("twice:", t.cancelling())
    r = await t
    print("twice result", r, log, t.cancelling())
    async def selfcancel():
        me = asyncio.current_task()
        print(" self cancel", me.cancel("me"), me.cancelling())
        print(" still running")
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError as e:
            print(" got", e.args, me.cancelling(), me.uncancel(), me.cancelling())
        return "ok"
    print(await asyncio.create_task(selfcancel()))
    print("uncancel below zero:", asyncio.current_task().uncancel(), asyncio.current_task().cancelling())

asyncio.run(main())
