# Who calls my coroutine? Walking f_back, sys._getframe and traceback.extract_stack in tasks and callbacks
import asyncio
import sys
import traceback

def chain(f=None, limit=12):
    f = f or sys._getframe(1)
    out = []
    while f is not None and len(out) < limit:
        out.append(f"{f.f_code.co_name}@{f.f_code.co_filename.rsplit('/', 1)[-1]}:{f.f_lineno}")
        f = f.f_back
    return out

async def leaf():
    print("leaf:", chain())
    return sys._getframe(1).f_code.co_name

async def middle():
    return await leaf()

def callback(tag):
    print(f"callback {tag}:", chain())

async def main():
    print("awaited:", await middle())
    print("task:", await asyncio.create_task(middle()))
    loop = asyncio.get_running_loop()
    loop.call_soon(callback, "soon")
    await asyncio.sleep(0)
    loop.call_later(0.01, callback, "later")
    await asyncio.sleep(0.02)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: callback("done-cb"))
    fut.set_result(None)
    await asyncio.sleep(0)
    print("gather:", await asyncio.gather(middle(), leaf()))
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(middle())
    print("taskgroup:", t.result())
    st = traceback.extract_stack()
    print("extract_stack:", [(fs.filename.rsplit('/', 1)[-1], fs.lineno, fs.name) for fs in st])
    print("f_back of suspended:", middle().cr_frame.f_back)
    try:
        sys._getframe(40)
    except ValueError as e:
        print("ValueError:", e)
    me = sys._getframe()
    print(me.f_back.f_code.co_qualname, me.f_back.f_back.f_code.co_qualname)
    traceback.print_stack(limit=3)

asyncio.run(main())
print("---- run_until_complete / run_forever by hand")
loop = asyncio.new_event_loop()
print(loop.run_until_complete(middle()))
loop.call_soon(callback, "run_forever")
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
print("---- debug mode")
asyncio.run(leaf(), debug=True)
c = middle()
try:
    c.send(None)
except StopIteration as e:
    print("by hand:", e.value)
