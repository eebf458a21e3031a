# Tasks that return containers: the recording shows each result's repr (reprlib-style, walking
# the dict, set or list), which must not count as the program's steps.
import asyncio


async def make(kind, n):
    await asyncio.sleep(0)
    if kind == "dict":
        return {i: str(i) * 2 for i in range(n)}
    if kind == "set":
        return {i * 3 for i in range(n)}
    if kind == "frozenset":
        return frozenset(range(n))
    if kind == "list":
        return [[i] * 2 for i in range(n)]
    return tuple({i: i} for i in range(n))


async def main():
    kinds = ["dict", "set", "frozenset", "list", "tuple"]
    tasks = [asyncio.create_task(make(k, n)) for k in kinds for n in (0, 3, 40)]
    results = await asyncio.gather(*tasks)
    print([len(r) for r in results])
    fut = asyncio.get_running_loop().create_future()
    fut.set_result({"a": {1, 2}, "b": [3, 4]})
    print(await fut)


asyncio.run(main())
