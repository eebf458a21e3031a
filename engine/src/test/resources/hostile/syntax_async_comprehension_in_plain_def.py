async def numbers():
    yield 1


def collect():
    return [n async for n in numbers()]
