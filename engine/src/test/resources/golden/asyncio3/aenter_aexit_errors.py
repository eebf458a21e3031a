import asyncio

class Res:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name, self.fail_enter, self.suppress = name, fail_enter, suppress
    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        if self.fail_enter:
            raise OSError(f"cannot open {self.name}")
        return self
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        await asyncio.sleep(0)
        return self.suppress

class Sync:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

async def main():
    async with Res("a") as a, Res("b", suppress=True) as b:
        print("body", a.name, b.name)
        raise ValueError("in body")
    print("after suppressed")
    try:
        async with Res("c"), Res("d", fail_enter=True):
            print("not reached")
    except OSError as e:
        print("OSError:", e)
    try:
        async with Sync():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        with Res("e"):
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with Res("f") as f:
            return "returned from body"
    finally:
        print("finally after async with")

print(asyncio.run(main()))
