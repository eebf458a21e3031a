import asyncio

async def f():
    return "ok"

loop = asyncio.new_event_loop()
print(loop.run_until_complete(f()))
print(loop.is_closed(), loop.is_running())
loop.close()
loop.close()
print(loop.is_closed())
c = f()
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
for call in (lambda: loop.call_soon(print), lambda: loop.create_task(f()), lambda: loop.run_forever()):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
print(repr(loop)[:len("<_UnixSelectorEventLoop")])
print("debug:", loop.get_debug())
loop2 = asyncio.new_event_loop()
fut = loop2.create_future()
loop2.call_soon(fut.set_result, 5)
print(loop2.run_until_complete(fut))
try:
    loop2.run_until_complete(5)
except TypeError as e:
    print("TypeError:", e)
loop2.close()
