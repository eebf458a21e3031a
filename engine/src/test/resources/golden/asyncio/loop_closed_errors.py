# A closed loop refuses new work; closing a running loop fails; run_until_complete
# from inside a running loop fails; the loop's repr.
import asyncio

loop = asyncio.new_event_loop()
print(repr(loop))
async def inside():
    try:
        loop.close()
    except RuntimeError as e:
        print(e)
    print(repr(loop))
    c = asyncio.sleep(0)
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print(e)
    c.close()
    other = asyncio.new_event_loop()
    c2 = asyncio.sleep(0)
    try:
        other.run_until_complete(c2)
    except RuntimeError as e:
        print(e)
    c2.close()
    other.close()
loop.run_until_complete(inside())
loop.close()
print(repr(loop))
for name, call in [("call_soon", lambda: loop.call_soon(print)),
                   ("call_later", lambda: loop.call_later(1, print)),
                   ("call_at", lambda: loop.call_at(1, print)),
                   ("create_future", lambda: loop.create_future())]:
    try:
        r = call()
        print(name, "ok:", type(r).__name__)
    except RuntimeError as e:
        print(name, "->", e)
loop.close()
f = asyncio.new_event_loop()
fut = f.create_future()
f.close()
try:
    fut.set_result(1)
    print("set_result on a future of a closed loop works (no callbacks)")
except RuntimeError as e:
    print(e)
fut2 = f.create_future()
fut2.add_done_callback(print)
try:
    fut2.set_result(2)
except RuntimeError as e:
    print("with a callback:", e)
