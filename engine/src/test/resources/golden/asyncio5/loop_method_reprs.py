# how bound methods print: the loop's (Python in CPython) vs Task/Future/deque (C types), equality
import asyncio, collections, re

def show(x):
    print(re.sub(r" at 0x[0-9a-f]+", " at ADDR", repr(x)))

async def main():
    loop = asyncio.get_running_loop()
    for m in (loop.call_soon, loop.call_later, loop.create_task, loop.time, loop.create_future, loop.run_until_complete):
        show(m)
    base = [c for c in type(loop).__mro__ if c.__name__ == "BaseEventLoop"][0]
    show(base.call_soon)
    print(base.__module__, base.call_soon.__qualname__)
    print(loop.call_soon.__self__ is loop, loop.call_soon == loop.call_soon, loop.call_soon.__name__, loop.call_soon.__qualname__)
    t = asyncio.current_task()
    f = loop.create_future()
    for m in (t.cancel, t.get_name, f.set_result, f.add_done_callback, collections.deque().append, [].append, {}.get):
        show(m)
    a = []
    print(a.append == a.append, a.append == [].append, a.__iter__ == a.__iter__, len({a.append, a.append}))
    print(f.done == f.done, f.done != t.done, {f.result: 1}[f.result])
    f.cancel()

asyncio.run(main())
