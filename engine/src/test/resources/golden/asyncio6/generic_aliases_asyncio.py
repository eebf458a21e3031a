import asyncio
from typing import Awaitable, Coroutine, AsyncIterator, Callable

q: asyncio.Queue[int] = asyncio.Queue()
print(asyncio.Queue[int], asyncio.Future[str], asyncio.Task[int])
print(asyncio.PriorityQueue[tuple[int, str]], asyncio.LifoQueue[bytes])

async def produce(n: int) -> AsyncIterator[int]:
    for i in range(n):
        yield i

async def apply(f: Callable[[int], Awaitable[int]], x: int) -> int:
    return await f(x)

async def double(x: int) -> int:
    return 2 * x

class Box:
    queue: "asyncio.Queue[str]"
    pending: list[asyncio.Task[None]]

async def main() -> None:
    print([i async for i in produce(3)], await apply(double, 21))
    print(produce.__annotations__, apply.__annotations__["f"])
    print(Box.__annotations__)
    fut: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    fut.set_result(1)
    print(await fut)

asyncio.run(main())
