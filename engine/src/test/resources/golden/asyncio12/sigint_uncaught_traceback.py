import asyncio
import signal

async def serve():
    print("serving")
    await asyncio.sleep(0)
    signal.raise_signal(signal.SIGINT)
    await asyncio.sleep(10)

asyncio.run(serve())
