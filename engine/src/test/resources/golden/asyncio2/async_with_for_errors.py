# TypeErrors from `async with` and `async for` on objects that do not follow the protocols.
import asyncio


class NoAexit:
    async def __aenter__(self):
        return self


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class BadAenter:
    def __aenter__(self):
        return 42

    async def __aexit__(self, *a):
        return False


class BadAexit:
    async def __aenter__(self):
        return self

    def __aexit__(self, *a):
        return None


class AiterNotAsync:
    def __aiter__(self):
        return [1, 2]


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class AiterIsCoroutine:
    async def __aiter__(self):
        return self


async def main():
    cases = [
        ("no __aexit__", lambda: NoAexit()),
        ("sync only", lambda: SyncOnly()),
        ("plain int", lambda: 3),
        ("aenter returns int", lambda: BadAenter()),
        ("aexit returns None", lambda: BadAexit()),
    ]
    for label, make in cases:
        try:
            async with make() as x:
                print(label, "body ran with", type(x).__name__)
        except TypeError as e:
            print(f"with {label:<20} TypeError: {e}")
    fors = [
        ("list", lambda: [1, 2]),
        ("aiter returns list", lambda: AiterNotAsync()),
        ("anext not awaitable", lambda: AnextNotAwaitable()),
        ("aiter is coroutine", lambda: AiterIsCoroutine()),
        ("async gen function", lambda: gen),
    ]
    for label, make in fors:
        try:
            async for x in make():
                print(label, "item", x)
        except TypeError as e:
            print(f"for  {label:<20} TypeError: {e}")


async def gen():
    yield 1


asyncio.run(main())
