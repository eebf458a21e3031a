import asyncio

other = asyncio.new_event_loop()
foreign = other.create_future()

async def main():
    try:
        await foreign
    except RuntimeError as e:
        text = str(e)
        print("RuntimeError:", text.split(" got ")[0][:5], "...", "attached to a different loop" in text)
    t = asyncio.create_task(asyncio.sleep(0))
    try:
        other.run_until_complete(t)
    except RuntimeError as e:
        print("RuntimeError:", e)
    await t

asyncio.run(main())
other.close()
