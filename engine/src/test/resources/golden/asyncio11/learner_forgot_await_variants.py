import asyncio

async def fetch_user(uid):
    await asyncio.sleep(0)
    return {"id": uid, "name": f"user{uid}"}

async def main():
    u = fetch_user(1)
    try:
        print(u["name"])
    except TypeError as e:
        print("TypeError", e)
    print(type(u).__name__, asyncio.iscoroutine(u))
    u = await u
    print(u["name"])
    users = [fetch_user(i) for i in range(2)]
    try:
        for x in users:
            print(x.get("name"))
    except AttributeError as e:
        print("AttributeError", e)
    users = await asyncio.gather(*users)
    print([x["name"] for x in users])
    if fetch_user(5):
        print("a coroutine is truthy")
    print("done")

asyncio.run(main())
