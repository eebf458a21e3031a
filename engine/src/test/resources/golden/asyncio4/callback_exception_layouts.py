import asyncio, functools

def bad(x, y=0):
    return x / y

class Obj:
    def method(self, v):
        raise KeyError(v)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad, 1)
    loop.call_soon(functools.partial(bad, 2, y=0))
    loop.call_soon(lambda: [][1])
    loop.call_soon(Obj().method, "key")
    fut = loop.create_future()
    fut.add_done_callback(lambda f: f.result() + "x")
    fut.set_result(5)
    await asyncio.sleep(0.02)
    print("main goes on")

asyncio.run(main())
print("done")
