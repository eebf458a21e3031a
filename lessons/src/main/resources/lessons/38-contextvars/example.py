import asyncio
import contextvars

user = contextvars.ContextVar("user", default="nobody")

async def log(message):
    print(f"[{user.get()}] {message}")

async def handle(name):
    user.set(name)
    await log("start")
    await asyncio.sleep(0.1)
    await log("done")

async def main():
    await log("before")
    user.set("main")
    await asyncio.gather(handle("ada"), handle("bob"))
    await log("after gather")
    await handle("eve")
    await log("after a plain await")

asyncio.run(main())
