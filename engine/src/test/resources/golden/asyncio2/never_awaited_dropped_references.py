# "never awaited" appears where the last reference to the coroutine goes: an attribute replaced or
# deleted, a dict entry replaced or deleted, a list item deleted.
import asyncio


async def job(n=0):
    return n


class Holder:
    pass


async def main():
    h = Holder()
    h.c = job(1)
    print("1 attribute replaced")
    h.c = None
    h.d = job(2)
    print("2 attribute deleted")
    del h.d
    d = {"k": job(3), 4: job(4)}
    print("3 dict entry replaced")
    d["k"] = "value"
    print("4 dict entry deleted")
    del d[4]
    items = [job(5), job(6)]
    print("5 list item deleted")
    del items[-1]
    keep = [job(8)]
    alias = keep[0]
    keep[0] = None
    print("6 still referenced elsewhere: no warning yet")
    alias = None
    items = None
    print("7 end of main")


asyncio.run(main())
