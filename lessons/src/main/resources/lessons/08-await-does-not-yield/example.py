import asyncio

async def helper():
    print("helper runs")
    return 42

async def background():
    print("background task runs")

async def main():
    task = asyncio.create_task(background())
    print("main: task created")
    value = await helper()
    print("main: helper gave", value)
    await asyncio.sleep(0)
    print("main: after sleep(0)")
    await task

asyncio.run(main())
