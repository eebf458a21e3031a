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


# The other modules programs commonly import, and a little of each (their tables are built on use).
import enum
import functools
import itertools
import json
import re
import sys
import typing


class Color(enum.Enum):
    RED = 1
    GREEN = 2


@functools.lru_cache(maxsize=None)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


Pair = typing.Tuple[int, str]
print(Color.RED, Color(2).name, fib(20), list(itertools.islice(itertools.count(1), 3)), typing.Optional[int])
print(json.dumps({"a": [1, 2.5, None, True]}, sort_keys=True), json.loads('{"b": [1, "x"]}'))
print(re.sub(r"(\w+)@", r"<\1>", "me@x you@y"), re.findall(r"\d+", "a1b22"), sys.version_info >= (3, 11))
print(" ".join(w.upper().strip(".") for w in "a b. c".split()), sorted(["b", "A", "c"], key=str.lower), max(3, 7), abs(-2))
d = {"a": [1, 2, 3]}
print(d["a"][5])
