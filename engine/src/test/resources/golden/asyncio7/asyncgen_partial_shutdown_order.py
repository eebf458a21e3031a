import asyncio

async def numbers(tag):
    try:
        for i in range(10):
            yield i
            print(f"{tag} resumed after {i}")
    finally:
        print(f"{tag} finally start")
        await asyncio.sleep(0)
        print(f"{tag} finally end")

gens = []

async def main():
    g = numbers("kept")
    gens.append(g)
    async for x in g:
        if x == 1:
            break
    print("broke out at", x)
    h = numbers("local")
    print("first of local:", await h.__anext__())
    print("main returns")
    return "done"

print(asyncio.run(main()))
print("after run")
