# asyncio.timeout / timeout_at: when(), reschedule(), expired(), repr, nested, reuse.
import asyncio

def state(cm):
    return repr(cm).split(" when=")[0] + ">"

async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(None)
    print(state(cm), cm.when(), cm.expired())
    async with cm:
        print("inside:", state(cm))
        cm.reschedule(loop.time() + 0.005)
        print("when set:", cm.when() is not None)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("sleep cancelled inside the block")
            raise
    print("never here")

async def outer():
    try:
        await main()
    except TimeoutError as e:
        print("TimeoutError", e.args, type(e.__context__).__name__)

    loop = asyncio.get_running_loop()
    # nested: the inner (shorter) one fires
    try:
        async with asyncio.timeout(0.05) as out:
            try:
                async with asyncio.timeout(0.001) as inn:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner expired", inn.expired(), "outer expired", out.expired())
            await asyncio.sleep(0)
        print("outer block finished normally", out.expired())
    except TimeoutError:
        print("outer raised?")

    # nested: the outer (shorter) one fires
    try:
        async with asyncio.timeout(0.001) as out:
            async with asyncio.timeout(1) as inn:
                await asyncio.sleep(1)
    except TimeoutError:
        print("outer fired; inner expired?", inn.expired(), "outer expired", out.expired())

    # past deadline: fires at the first await
    try:
        async with asyncio.timeout_at(loop.time() - 1) as cm:
            print("body runs, expired yet?", cm.expired())
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("timeout_at in the past -> TimeoutError")

    # no await: the block completes
    async with asyncio.timeout(0) as cm:
        x = sum(range(10))
    print("no await, result", x, "expired", cm.expired())

    # re-entering and rescheduling a finished one
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("re-enter:", e)
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("reschedule after exit:", e)

    # reschedule to None disables it
    async with asyncio.timeout(0.001) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.003)
    print("disabled, expired:", cm.expired(), cm.when())

    # the TimeoutError caught inside, block exits normally
    async with asyncio.timeout(0.001) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed the cancel")
    print("after swallow: expired", cm.expired())

asyncio.run(outer())
