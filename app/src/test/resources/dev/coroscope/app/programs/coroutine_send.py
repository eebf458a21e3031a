import inspect

async def add(a, b):
    return a + b

async def main():
    value = await add(1, 2)
    print(value)
    return value * 10

coro = main()
print(inspect.getcoroutinestate(coro))
try:
    coro.send(None)
except StopIteration as stop:
    print("result:", stop.value)
print(inspect.getcoroutinestate(coro))
