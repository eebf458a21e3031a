import asyncio
import gc

async def job(n):
    return n

def sync_helper():
    job(1)
    print("sync_helper returns")

async def main():
    print("A")
    job(2)
    print("B")
    c = job(3)
    print("C")
    del c
    print("D")
    sync_helper()
    lst = [job(i) for i in range(2)]
    print("E")
    lst.clear()
    print("F")
    t = asyncio.create_task(job(4))
    t2 = asyncio.ensure_future(job(5))
    await asyncio.gather(t, t2)
    x = job(6)
    x.close()
    print("G closed")
    y = job(7)
    y.send
    print("H")

asyncio.run(main())
print("end")
