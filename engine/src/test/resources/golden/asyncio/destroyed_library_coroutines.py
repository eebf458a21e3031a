# Pending tasks whose coroutines are asyncio's own (Event.wait, Queue.get) are reported
# with CPython's stdlib locations; closing Queue.get on a closed loop is an ignored error
# printed without its GeneratorExit context.
import asyncio

loop = asyncio.new_event_loop()
ev = asyncio.Event()
q = asyncio.Queue()
ts = [loop.create_task(ev.wait()), loop.create_task(q.get())]
loop.run_until_complete(asyncio.sleep(0.01))
print([t.done() for t in ts])
loop.close()
del ts
print('end')
