# What a task does with odd things its coroutine yields: a bare yield from a
# generator-based coroutine, a non-future value, a future of another loop, itself.
import asyncio
import types


def clean(x):
    # CPython names the script by its absolute path; the comparison does not depend on where it ran.
    return (x if isinstance(x, str) else repr(x)).replace(__file__, "<file>")

@types.coroutine
def bare():
    yield

@types.coroutine
def yields(value):
    yield value

async def use(value):
    try:
        await yields(value)
    except RuntimeError as e:
        return clean(str(e))
    return "ok"

async def main():
    await bare()
    print("bare yield is one loop turn")
    print(await asyncio.create_task(use(42)))
    print(await asyncio.create_task(use("text")))
    other = asyncio.new_event_loop()
    print(await asyncio.create_task(use(other.create_future())))
    other.close()
    async def await_self():
        me = asyncio.current_task()
        try:
            await me
        except RuntimeError as e:
            return clean(str(e))
    print(await asyncio.create_task(await_self()))
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    async def plain_yield():
        try:
            await yields(f)
        except RuntimeError as e:
            return clean(str(e))
    print(await asyncio.create_task(plain_yield()))

asyncio.run(main())
