import asyncio

async def bad_cleanup():
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        raise ValueError("cleanup exploded")

async def good():
    try:
        yield "g"
    finally:
        print("good finally")

async def main():
    a = bad_cleanup()
    print(await anext(a))
    b = good()
    print(await anext(b))
    print("main returns")

asyncio.run(main())
print("after run")
