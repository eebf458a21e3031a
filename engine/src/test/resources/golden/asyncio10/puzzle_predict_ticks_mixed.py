# Predict the output: tasks, done-callbacks, call_soon and awaits of already-finished things
import asyncio

log = []

def say(msg):
    log.append(msg)

async def quick(name):
    say(f"{name} runs")
    return name

async def waiter(fut, name):
    say(f"{name} waits")
    r = await fut
    say(f"{name} got {r}")

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t1 = asyncio.create_task(waiter(fut, "w1"))
    fut.add_done_callback(lambda f: say("cb1"))
    loop.call_soon(say, "soon A")
    t2 = asyncio.create_task(quick("q"))
    await asyncio.sleep(0)
    say("main after first sleep")
    fut.add_done_callback(lambda f: say("cb2"))
    t3 = asyncio.create_task(waiter(fut, "w2"))
    fut.set_result("X")
    loop.call_soon(say, "soon B")
    say("main set result")
    r = await t2
    say(f"main awaited done task {r} without yielding")
    await fut
    say("main awaited done future without yielding")
    await asyncio.sleep(0)
    say("main after second sleep")
    await t3
    say("main after t3")
    t4 = asyncio.create_task(quick("late"))
    t4.add_done_callback(lambda t: say("t4 done-cb"))
    await t4
    say("main after t4")
    await asyncio.sleep(0)
    say("end")
    for i, line in enumerate(log, 1):
        print(f"{i:2}. {line}")

asyncio.run(main())
