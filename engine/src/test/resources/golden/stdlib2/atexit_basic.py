import asyncio
import atexit


def goodbye(name, punctuation="!"):
    print("goodbye", name + punctuation)


@atexit.register
def last_words():
    print("registered first, runs last")


def broken():
    raise ValueError("cleanup failed")


atexit.register(goodbye, "world")
atexit.register(goodbye, "async", punctuation="?")
atexit.register(broken)
atexit.register(print, "never printed")
atexit.unregister(print)


async def main():
    await asyncio.sleep(0.1)
    print("main done")

asyncio.run(main())
print("end of module")
