# get_stack/print_stack on the running task (its callers down to the loop), executor futures'
# reprs, and loop-argument oddities of current_task/all_tasks.
import asyncio
import concurrent.futures
import io
import re


def clean(text):
    return re.sub(r' at 0x[0-9a-f]+', '', re.sub(r'/[^ "]*/lib/python3\.11/', '<stdlib>/', text))


def work(x):
    return x * 2


async def inner():
    t = asyncio.current_task()
    fs = t.get_stack()
    print(len(fs), [f.f_code.co_name for f in fs])
    print([f.f_code.co_name for f in t.get_stack(limit=2)])
    buf = io.StringIO()
    t.print_stack(limit=2, file=buf)
    print(clean(buf.getvalue()).count("File "), clean(buf.getvalue()).splitlines()[0][:30])
    await asyncio.sleep(0)


async def main():
    await inner()
    t = asyncio.create_task(inner())
    await asyncio.sleep(0)
    print("suspended:", [f.f_code.co_name for f in t.get_stack()])
    await t
    print("done:", t.get_stack())
    loop = asyncio.get_running_loop()
    f = loop.run_in_executor(None, work, 2)
    print(clean(repr(f)))
    print(await f, f)
    with concurrent.futures.ThreadPoolExecutor(1) as ex:
        g = loop.run_in_executor(ex, work, 3)
        print(clean(repr(g)))
        waiter = asyncio.create_task(asyncio.wait_for(g, 1))
        print(await waiter)
        w = asyncio.wrap_future(ex.submit(work, 4))
        print(clean(repr(w)), await w)
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print("TypeError:", e)
    print(asyncio.current_task(1), asyncio.all_tasks("loop"), asyncio.current_task(None) is asyncio.current_task())
    other = asyncio.new_event_loop()
    print(asyncio.current_task(other), asyncio.all_tasks(other))
    other.close()


asyncio.run(main())
