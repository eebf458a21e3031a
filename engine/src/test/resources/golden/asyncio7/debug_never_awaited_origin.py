import asyncio

async def helper():
    return 1

def make():
    helper()

async def main():
    make()
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main(), debug=True)
