# asyncio.Runner used by hand: several runs on one loop, contexts, errors after close.
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")


async def handle(n):
    before = request.get()
    request.set(f"req-{n}")
    await asyncio.sleep(0)
    return before, request.get(), asyncio.current_task().get_name()


async def loop_id():
    return id(asyncio.get_running_loop())


def main():
    with asyncio.Runner() as runner:
        loop = runner.get_loop()
        print("loop running?", loop.is_running(), "closed?", loop.is_closed())
        print("same loop:", runner.run(loop_id()) == id(loop))
        for n in range(3):
            print("run", n, runner.run(handle(n)))
        ctx = contextvars.copy_context()
        print("with ctx", runner.run(handle(10), context=ctx))
        print("ctx afterwards", ctx.get(request))
        print("with ctx again", runner.run(handle(11), context=ctx))
        print("outer var", request.get())
        try:
            runner.run(handle)
        except ValueError as e:
            print("ValueError:", str(e).split(" at ")[0])
        print("plain", runner.run(handle(99)))
    print("after with: closed?", loop.is_closed())
    try:
        runner.run(handle(5))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        runner.get_loop()
    except RuntimeError as e:
        print("RuntimeError:", e)
    runner.close()
    print("double close fine")

    r2 = asyncio.Runner(debug=True)
    print("debug loop:", r2.get_loop().get_debug())
    r2.close()



main()
