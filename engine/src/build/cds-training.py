# Training run for the class-data-sharing archive (cli.CdsArchiveBuilder, at `mvn package`): the
# classes the JVM loads while this runs are stored, pre-parsed and pre-verified, in
# target/coroscope-engine.jsa, which the relaunched command-line JVM maps instead of loading them
# from the jar. So this touches what typical programs touch: asyncio, tasks, queues, timeouts,
# generators, classes, the common builtins and formatting, caught and uncaught exceptions.
import asyncio
import collections
import dataclasses


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0


class Counter:
    def __init__(self):
        self.counts = collections.defaultdict(int)

    def add(self, word):
        self.counts[word] += 1
        return self


def numbers(n):
    for i in range(n):
        yield i * i


async def worker(name, queue, results):
    while True:
        item = await queue.get()
        try:
            await asyncio.sleep(0.01)
            results.append(f"{name}:{item!r:>4}")
        finally:
            queue.task_done()


async def slow():
    await asyncio.sleep(10)


async def failing():
    await asyncio.sleep(0)
    raise ValueError("bad value")


async def main():
    queue = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(3)]
    for item in numbers(6):
        queue.put_nowait(item)
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(results), len(results))
    try:
        await asyncio.wait_for(slow(), timeout=0.1)
    except asyncio.TimeoutError:
        print("timed out")
    outcome = await asyncio.gather(failing(), asyncio.sleep(0, "ok"), return_exceptions=True)
    print(outcome)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 42)
    print(await fut, asyncio.current_task().get_name())
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(0)
    except AttributeError:
        pass


asyncio.run(main())
c = Counter()
for word in "the quick brown fox jumps over the lazy dog the end".split():
    c.add(word)
print(dict(sorted(c.counts.items())), Point(1, 2), Point(3) == Point(3, 0))
print({k: v for k, v in zip("abc", [1.5, 2, 3j])}, {1, 2, 3} | {4}, [x for x in numbers(5) if x % 2])
print("%s %d %.3f" % ("a", 3, 2 / 3), "{:>8}|{:<5}|{:^7.2f}".format("r", "l", 3.14159), str(10 ** 30), hex(255))
try:
    {}["missing"]
except KeyError as e:
    print(type(e).__name__, e)
d = {"a": [1, 2, 3]}
print(d["a"][5])
