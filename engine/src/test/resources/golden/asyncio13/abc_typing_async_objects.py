# collections.abc and typing checks on coroutines, futures, tasks, async generators and classes.
import asyncio
import collections.abc as cabc
import types
import typing


async def coro():
    return 1


async def agen():
    yield 1


@types.coroutine
def gen_coro():
    yield


class Awaitish:
    def __await__(self):
        return iter(())


class AIter:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


async def main():
    loop = asyncio.get_running_loop()
    c = coro()
    ag = agen()
    gc_ = gen_coro()
    fut = loop.create_future()
    task = asyncio.create_task(coro())
    objs = {"coro": c, "agen": ag, "gen_coro": gc_, "future": fut, "task": task,
            "awaitish": Awaitish(), "aiter": AIter(), "wrapper": c.__await__()}
    abcs = [cabc.Awaitable, cabc.Coroutine, cabc.AsyncIterable, cabc.AsyncIterator,
            cabc.AsyncGenerator, cabc.Generator, cabc.Iterator]
    print(f"{'':10}" + " ".join(f"{a.__name__[:9]:>9}" for a in abcs))
    for name, o in objs.items():
        print(f"{name:10}" + " ".join(f"{str(isinstance(o, a)):>9}" for a in abcs))
    print(issubclass(asyncio.Task, asyncio.Future), issubclass(asyncio.Future, cabc.Awaitable))
    print(typing.Awaitable[int], typing.Coroutine[None, None, str], typing.AsyncIterator[bytes])
    print(cabc.Coroutine[int, int, int], cabc.AsyncGenerator[int, None].__origin__)
    print(isinstance(c, typing.Coroutine), isinstance(ag, typing.AsyncGenerator))
    print(asyncio.iscoroutine(gc_), asyncio.iscoroutine(c), asyncio.iscoroutine(Awaitish()))
    print(asyncio.isfuture(task), asyncio.isfuture(Awaitish()), asyncio.isfuture(asyncio.Future))

    def annotated(x: typing.Awaitable[int]) -> typing.Optional[asyncio.Task]:
        return None
    print(typing.get_type_hints(annotated))

    async def typed() -> typing.AsyncIterator[int]:
        yield 1
    print(typing.get_type_hints(typed)["return"], typed.__annotations__)
    print(cabc.Awaitable.__abstractmethods__, sorted(cabc.AsyncGenerator.__abstractmethods__))

    class MyCoroutine(cabc.Coroutine):
        def send(self, v):
            raise StopIteration(v)
        def throw(self, *a):
            raise a[0]
        def __await__(self):
            yield
    mc = MyCoroutine()
    print(isinstance(mc, cabc.Coroutine), asyncio.iscoroutine(mc))
    try:
        cabc.Coroutine()
    except TypeError as e:
        print(e)
    c.close(); ag.aclose().close(); gc_.close()
    await task


asyncio.run(main())
