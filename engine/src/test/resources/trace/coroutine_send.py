import inspect
import types


@types.coroutine
def pause():
    received = yield "paused"
    return received


async def fetch():
    got = await pause()
    return "fetched " + got


async def main():
    result = await fetch()
    return result


coro = main()
print(inspect.getcoroutinestate(coro))
print(coro.send(None))
print(inspect.getcoroutinestate(coro))
try:
    coro.send("data")
except StopIteration as stop:
    print(stop.value)
print(inspect.getcoroutinestate(coro))
