# async with / async for protocol errors and wording
import asyncio

class OnlyEnter:
    async def __aenter__(self): return self

class OnlyExit:
    async def __aexit__(self, *a): return False

class SyncCM:
    def __enter__(self): return self
    def __exit__(self, *a): return False

class EnterNotAwaitable:
    def __aenter__(self): return 1
    async def __aexit__(self, *a): pass

class ExitNotAwaitable:
    async def __aenter__(self): return "v"
    def __aexit__(self, *a): return None

class AiterNotAsync:
    def __aiter__(self): return 5

class AnextNotAwaitable:
    def __aiter__(self): return self
    def __anext__(self): return 7

class AiterAsync:
    async def __aiter__(self): return self

async def main():
    for cm in (OnlyEnter(), OnlyExit(), SyncCM(), EnterNotAwaitable(), ExitNotAwaitable(), 3):
        try:
            async with cm as v:
                print("body", v)
        except (TypeError, AttributeError) as e:
            print(type(cm).__name__, type(e).__name__, e)
    for it in (AiterNotAsync(), AnextNotAwaitable(), AiterAsync(), [1, 2], None):
        try:
            async for x in it:
                print("item", x)
        except TypeError as e:
            print(type(it).__name__, "TypeError:", e)
    try:
        with OnlyEnter():
            pass
    except TypeError as e:
        print("sync with on async cm:", e)
    try:
        for x in AnextNotAwaitable():
            pass
    except TypeError as e:
        print("sync for:", e)

asyncio.run(main())
