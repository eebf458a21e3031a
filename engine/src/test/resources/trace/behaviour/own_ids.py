# Coroutines, tasks and futures keep their ids in themselves (not in the run's id table). The
# recording shows them (with addresses) before the program asks; the program's own ids, hashes,
# set order and addresses must still be the ones an unwatched run sees.
import asyncio


async def work(n):
    await asyncio.sleep(0)
    return n


async def main():
    loop = asyncio.get_running_loop()
    coros = [work(i) for i in range(6)]
    tasks = [asyncio.create_task(c) for c in coros]
    futs = [loop.create_future() for _ in range(4)]
    await asyncio.sleep(0)
    print(sorted(tasks.index(t) for t in set(tasks)) == list(range(6)))
    print([tasks.index(t) for t in set(tasks)])
    print([futs.index(f) for f in set(futs)])
    print([coros.index(c) for c in {c: 0 for c in coros}])
    print(hash(tasks[0]) == hash(tasks[0]), id(coros[1]) == id(coros[1]))
    print(len({id(x) for x in coros + tasks + futs}))
    print(repr(futs[0])[-6:], repr(tasks[2])[:30])
    for f in futs:
        f.set_result(None)
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    print(await asyncio.gather(*(work(i) for i in range(3)), *tasks[:2]))


asyncio.run(main())
