import asyncio, functools, gc

class Sensor:
    def __init__(self, name):
        self.name = name

    def read(self, scale):
        raise ValueError(f"{self.name} unreadable at scale {scale}")

    @staticmethod
    def check(x):
        raise KeyError(x)

    def __call__(self, *args):
        raise RuntimeError(f"called with {args}")

async def failing_group():
    raise ExceptionGroup("several", [ValueError(1), TypeError(2)])

async def main():
    loop = asyncio.get_running_loop()
    s = Sensor("thermo")
    loop.call_soon(s.read, 10)
    loop.call_soon(Sensor.check, "k")
    loop.call_soon(functools.partial(s.read, scale=3))
    loop.call_soon(s, 1, 2)
    loop.call_soon(print, "ok", sep=None) if False else loop.call_soon(int, "x")
    await asyncio.sleep(0)
    t = asyncio.create_task(failing_group())
    await asyncio.sleep(0)
    del t
    gc.collect()
    print("main done")

asyncio.run(main())
