# KeyboardInterrupt raised inside a task: how asyncio.run ends and what cleanup runs.
import asyncio

async def worker(log):
    try:
        await asyncio.sleep(1)
    finally:
        log.append("worker finally")

async def interrupter():
    await asyncio.sleep(0.001)
    raise KeyboardInterrupt("simulated ctrl-c")

async def main(log):
    w = asyncio.create_task(worker(log))
    try:
        await asyncio.gather(interrupter(), w)
    finally:
        log.append("main finally")

log = []
try:
    asyncio.run(main(log))
except KeyboardInterrupt as e:
    print("caught at top:", repr(e), log)
print(log)
asyncio.run(main(log))
