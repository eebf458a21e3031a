import asyncio

async def work():
    print("never runs")

loop = asyncio.new_event_loop()
loop.create_task(work())
print("closing")
loop.close()
print("closed")
