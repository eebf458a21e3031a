# Predict the output: when does a cancelled task notice, and how many ticks does each wake-up cost
import asyncio

tick = 0
log = []

async def ticker():
    global tick
    while True:
        await asyncio.sleep(0)
        tick += 1

def say(msg):
    log.append(f"[{tick}] {msg}")

async def victim(name, how):
    say(f"{name} start")
    try:
        if how == "sleep0":
            while True:
                await asyncio.sleep(0)
        elif how == "future":
            await asyncio.get_running_loop().create_future()
        elif how == "task":
            await asyncio.create_task(asyncio.sleep(10))
        elif how == "shield":
            await asyncio.shield(asyncio.sleep(0.001))
    except asyncio.CancelledError:
        say(f"{name} sees CancelledError")
        raise

async def main():
    tk = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    for how in ["sleep0", "future", "task", "shield"]:
        t = asyncio.create_task(victim(how, how))
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        say(f"cancel {how}")
        t.cancel()
        try:
            await t
        except asyncio.CancelledError:
            say(f"main: {how} is cancelled={t.cancelled()}")
    tk.cancel()
    print("\n".join(log))

asyncio.run(main())
