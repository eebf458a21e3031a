import asyncio

class Countdown:
    def __await__(self):
        for i in (2, 1):
            print("tick", i)
            yield
        return "liftoff"

async def launch():
    return await Countdown()

coro = launch()
print("coroutine has __iter__:", hasattr(coro, "__iter__"))
wrapper = coro.__await__()
print(type(wrapper).__name__, hasattr(wrapper, "__next__"))
next(wrapper)
next(wrapper)
try:
    next(wrapper)
except StopIteration as stop:
    print("by hand:", stop.value)
print("in a loop:", asyncio.run(launch()))
