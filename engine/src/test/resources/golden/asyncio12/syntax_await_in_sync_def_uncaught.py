import asyncio

async def fetch():
    return 1

def handler():
    print("never runs")
    data = await fetch()
    return data
