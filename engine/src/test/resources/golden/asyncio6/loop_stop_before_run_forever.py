import asyncio

loop = asyncio.new_event_loop()
order = []

def cb(tag):
    order.append(tag)
    if tag == "b":
        loop.call_soon(cb, "c")

loop.call_soon(cb, "a")
loop.stop()
loop.call_soon(cb, "b")
loop.run_forever()
print("after first run_forever:", order)
loop.run_forever_called = None
loop.call_soon(loop.stop)
loop.run_forever()
print("after second:", order)

async def nested():
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("nested run_forever:", e)
    try:
        loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("nested run_until_complete:", e)

import warnings
warnings.simplefilter("ignore")
loop.run_until_complete(nested())
print("running?", loop.is_running(), "closed?", loop.is_closed())
loop.close()
loop.close()
print("closed?", loop.is_closed())
for name, call in [("call_soon", lambda: loop.call_soon(print)),
                   ("call_later", lambda: loop.call_later(1, print)),
                   ("run_forever", lambda: loop.run_forever()),
                   ("create_future", lambda: loop.create_future())]:
    try:
        r = call()
        print(name, "ok", type(r).__name__)
    except RuntimeError as e:
        print(name, "->", e)
