import asyncio, logging, time

class Show(logging.Handler):
    def emit(self, record):
        what, took = record.args
        what = what.replace(__file__.rsplit("/", 1)[0] + "/", "")
        print(f"{record.levelname} {record.name}: Executing {what} took >= {asyncio.get_running_loop().slow_callback_duration}: {took >= 0.05}")

log = logging.getLogger("asyncio")
log.addHandler(Show())
log.propagate = False

async def busy(name, seconds):
    time.sleep(seconds)
    await asyncio.sleep(0)
    return name

def blocking_callback():
    time.sleep(0.06)

async def main():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 0.05
    print("threshold:", loop.slow_callback_duration)
    a = asyncio.create_task(busy("A", 0.07), name="A")
    b = asyncio.create_task(busy("B", 0.0), name="B")
    await asyncio.gather(a, b)
    loop.call_soon(blocking_callback)
    await asyncio.sleep(0)
    loop.slow_callback_duration = 1
    loop.call_soon(blocking_callback)
    await asyncio.sleep(0)
    print("done")

asyncio.run(main(), debug=True)
