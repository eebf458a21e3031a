import asyncio, contextvars

request = contextvars.ContextVar("request", default="none")

async def handler(i):
    before = request.get()
    request.set(f"req-{i}")
    await asyncio.sleep(0)
    return before, request.get()

async def main():
    print("main sees", request.get())
    request.set("main")
    results = await asyncio.gather(*(handler(i) for i in range(3)))
    print(results)
    print("main still", request.get())
    return request.get()

ctx = contextvars.copy_context()
ctx.run(request.set, "outer")
print(ctx.run(asyncio.run, main()))
print("ctx:", ctx[request], "| global:", request.get())
