# Where the recursion limit strikes: plain recursion, inside tasks, loop callbacks and done
# callbacks, and a __repr__ recursing through !r (two levels a turn, CPython's wording).
import asyncio


def f(n):
    try:
        return f(n + 1)
    except RecursionError:
        return n


print("module", f(0))


def g():
    return f(0)


print("in function", g())


async def main():
    print("task main", f(0))

    async def inner():
        return f(0)

    print("awaited coroutine", await inner())
    print("gathered task", (await asyncio.gather(inner()))[0])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(f(0)))
    print("call_soon callback", await fut)
    await asyncio.sleep(0)
    print("after sleep", f(0))


asyncio.run(main())

loop = asyncio.new_event_loop()
out = []
loop.call_soon(lambda: out.append(f(0)))
loop.call_soon(loop.stop)
loop.run_forever()
fut = loop.create_future()
fut.add_done_callback(lambda _: out.append(f(0)))
loop.call_soon(fut.set_result, 1)
loop.run_until_complete(fut)
print("run_forever and done callbacks", out)
loop.close()


class Node:
    def __init__(self):
        self.me = self

    def __repr__(self):
        return f"Node({self.me!r})"


try:
    print(Node())
except RecursionError as e:
    print(type(e).__name__, e)
