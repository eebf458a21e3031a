import asyncio

async def main():
    task = asyncio.current_task()
    print("main runs inside", task.get_name())
    await asyncio.sleep(0.5)
    return "the answer"

print("plain code: no event loop yet")
result = asyncio.run(main())
print("asyncio.run returned", repr(result))
