# traceback.extract_stack / format_stack inside a task and a callback: names, lines and source text
import asyncio
import sys
import traceback

def show(tag):
    print(tag)
    for fs in traceback.extract_stack()[:-1]:
        print(f"  {fs.name:<20} {fs.lineno:>5}  {fs.line}")

async def worker():
    show("in a task")
    await asyncio.sleep(0)
    show("after a sleep")

async def main():
    await asyncio.create_task(worker())
    asyncio.get_running_loop().call_soon(show, "in a callback")
    await asyncio.sleep(0)
    last = traceback.format_stack(limit=2)
    print(len(last), last[0].splitlines()[-1].strip(), "|", last[1].splitlines()[-1].strip())
    sys.set_coroutine_origin_tracking_depth(4)
    async def made():
        pass
    c = made()
    print([(f.rsplit("/", 1)[-1], n, name) for f, n, name in c.cr_origin])
    c.close()
    sys.set_coroutine_origin_tracking_depth(0)

asyncio.run(main())
