import asyncio, logging

records = []

class Collect(logging.Handler):
    def emit(self, record):
        records.append(record)

logger = logging.getLogger("asyncio")
logger.addHandler(Collect())
logger.propagate = False

async def fails():
    raise RuntimeError("nobody looks")

async def forever():
    await asyncio.Event().wait()

async def main():
    asyncio.create_task(fails())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: [][1])
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom context", "answer": 42})

asyncio.run(main())
for r in records:
    first = r.getMessage().splitlines()[0].split(" at ")[0]
    exc = r.exc_info[1] if r.exc_info else None
    print(r.levelname, r.name, "|", first, "|", type(exc).__name__ if exc else None)
print(len(records), "records")
