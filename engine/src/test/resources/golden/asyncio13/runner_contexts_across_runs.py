# asyncio.Runner keeps one loop and one context across runs: contextvars set in one run are seen
# in the next; a run with an explicit context; tasks left over between runs.
import asyncio
import contextvars

counter = contextvars.ContextVar("counter", default=0)


async def bump(tag):
    counter.set(counter.get() + 1)
    print(tag, "counter", counter.get(), "task", asyncio.current_task().get_name())
    return counter.get()


async def leave_task():
    async def background():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("background cancelled at close")
            raise
    asyncio.create_task(background(), name="bg")
    return "left a task"


with asyncio.Runner() as runner:
    runner.run(bump("run1"))
    runner.run(bump("run2"))
    ctx = contextvars.copy_context()
    runner.run(bump("run3 own ctx"), context=ctx)
    runner.run(bump("run4"), context=ctx)
    runner.run(bump("run5 default again"))
    print(runner.run(leave_task()))
    loop = runner.get_loop()
    print("pending after run:", sorted(t.get_name() for t in asyncio.all_tasks(loop)))
    print(runner.run(asyncio.sleep(0, "still there")), sorted(t.get_name() for t in asyncio.all_tasks(loop)))
print("outside counter", counter.get(), ctx[counter])
print(loop.is_closed())
try:
    runner.run(bump("after close"))
except RuntimeError as e:
    print("RuntimeError:", e)
