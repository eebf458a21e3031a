# Errors in done-callbacks, in __del__ of objects freed inside tasks, and in call_soon_threadsafe
# callbacks: all reported and the loop goes on; then an uncaught error with a long chain.
import asyncio
import threading


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        raise RuntimeError(f"__del__ of {self.name} failed")


def on_done(fut):
    raise ValueError(f"callback saw {fut.result()}")


async def uses_resource():
    r = Resource("temp")
    await asyncio.sleep(0)
    del r
    return "used"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(uses_resource())
    t.add_done_callback(on_done)
    print(await t)
    await asyncio.sleep(0)
    th = threading.Thread(target=lambda: loop.call_soon_threadsafe(on_done, t))
    th.start()
    th.join()
    await asyncio.sleep(0)
    print("loop still alive")
    try:
        try:
            {}["key"]
        except KeyError as e:
            raise ValueError("bad value") from e
    except ValueError:
        await asyncio.sleep(0)
        raise TypeError("final")


asyncio.run(main())
