import asyncio

async def main()
    print("hi")

asyncio.run(main())
