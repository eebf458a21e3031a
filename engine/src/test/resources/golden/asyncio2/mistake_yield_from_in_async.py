# 'yield from' inside an async function is a SyntaxError.
async def relay(gen):
    yield from gen
