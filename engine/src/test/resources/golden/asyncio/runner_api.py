# asyncio.Runner: several runs on one loop, tasks surviving between runs (and
# cancelled at close), get_loop(), errors on a closed runner.
import asyncio

async def bg(log):
    try:
        while True:
            log.append("bg tick")
            await asyncio.sleep(0.1)
    finally:
        log.append("bg finally")

async def start_bg(log):
    asyncio.create_task(bg(log))
    await asyncio.sleep(0.15)
    return asyncio.current_task().get_name()

log = []
runner = asyncio.Runner()
print("name:", runner.run(start_bg(log)))
print("log:", log)
loop = runner.get_loop()
print("same loop:", loop is runner.get_loop(), loop.is_closed())
async def count_tasks():
    return len(asyncio.all_tasks())
print("tasks alive in second run:", runner.run(count_tasks()))
print("log:", log)
runner.close()
print("after close:", log, loop.is_closed())
try:
    runner.run(count_tasks())
except RuntimeError as e:
    print("closed runner:", e)
runner.close()

with asyncio.Runner() as r:
    try:
        r.run(42)
    except ValueError as e:
        print(e)
    c = count_tasks()
    async def nested():
        try:
            r.run(c)
        except RuntimeError as e:
            c.close()
            return str(e)
    print(r.run(nested()))
    print(r.run(asyncio.sleep(0, "sleep result")))
print("names go on:", asyncio.run(start_bg([])))
