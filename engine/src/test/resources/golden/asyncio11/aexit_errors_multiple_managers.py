import asyncio

class Res:
    def __init__(self, name, fail_exit=False):
        self.name, self.fail_exit = name, fail_exit
    async def __aenter__(self):
        print("enter", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        await asyncio.sleep(0)
        if self.fail_exit:
            raise OSError(f"{self.name} close failed")
        return False

async def main():
    async with Res("a"), Res("b", fail_exit=True), Res("c"):
        raise KeyError("body")

asyncio.run(main())
