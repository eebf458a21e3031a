import asyncio

class DBError(Exception):
    pass

async def query(n):
    await asyncio.sleep(0)
    try:
        1 / n
    except ZeroDivisionError as e:
        err = DBError(f"query {n} failed")
        err.add_note("retry later")
        raise err from e

async def handler():
    try:
        await query(0)
    except DBError:
        raise RuntimeError("handler gave up")

async def main():
    t1 = asyncio.create_task(query(0), name="q0")
    t2 = asyncio.create_task(handler(), name="h")
    await asyncio.sleep(0.01)
    print(t1.done(), t2.done())
    del t1
    print("dropped q0")
    del t2
    print("dropped h")

asyncio.run(main())
print("end")
