# A value returned from an async generator is a SyntaxError.
async def numbers():
    yield 1
    return 2
