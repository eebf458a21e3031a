# Async iteration, async context managers and async comprehensions, driven by hand.
import types

@types.coroutine
def pause(tag):
    got = yield tag
    return got

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await pause(f"tick {self.n}")
        return self.n

class Manager:
    async def __aenter__(self):
        await pause("enter")
        print("entered")
        return "resource"
    async def __aexit__(self, et, ev, tb):
        await pause("exit")
        print("exited", et.__name__ if et else None)
        return et is ValueError

async def agen(n):
    for i in range(n):
        yield i * 10
        await pause(f"agen {i}")

async def main():
    out = []
    async for v in Ticker(3):
        out.append(v)
    print("ticker", out)
    async with Manager() as r:
        print("inside", r)
    async with Manager():
        raise ValueError("suppressed")
    print("comp", [x async for x in agen(3)])
    print("setcomp", {x // 10 async for x in agen(2)})
    print("dictcomp", {x: x + 1 async for x in agen(2) if x})
    print("await in comp", [await pause(i) for i in range(2)])
    return "main done"

def run(coro):
    value = None
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  loop got", repr(yielded))
        value = yielded

print(run(main()))

async def broken():
    async for x in 5:
        pass
try:
    run(broken())
except TypeError as e:
    print("TypeError:", e)

async def not_cm():
    async with object():
        pass
try:
    run(not_cm())
except TypeError as e:
    print("TypeError:", e)

async def bad_await():
    await 3
try:
    run(bad_await())
except TypeError as e:
    print("TypeError:", e)
