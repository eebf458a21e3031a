async def f():
    await await x
