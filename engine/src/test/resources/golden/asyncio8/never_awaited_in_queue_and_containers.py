import asyncio
import collections

async def getv():
    return 1

async def main():
    q = asyncio.Queue()
    q.put_nowait(getv())
    q = None
    print("queue dropped")
    d = collections.deque([getv()])
    d = None
    print("deque dropped")
    ev = {"k": [getv()]}
    ev = None
    print("nested dropped")
    class Box:
        def __init__(self):
            self.items = collections.deque()
    b = Box()
    b.items.append(getv())
    b = None
    print("box dropped")
    fut = asyncio.get_running_loop().create_future()
    fut.set_result([getv()])
    fut = None
    print("future dropped")

asyncio.run(main())
print("end")
