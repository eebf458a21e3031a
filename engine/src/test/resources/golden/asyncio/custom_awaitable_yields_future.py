import asyncio

class WaitFor:
    def __init__(self, delay):
        self.delay = delay

    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(self.delay, fut.set_result, f'waited {self.delay}')
        print('yielding the future')
        result = yield from fut
        print('got', result)
        return result.upper()

async def main():
    print(await WaitFor(0.1))
    res = await asyncio.gather(WaitFor(0.2), WaitFor(0.1))
    print(res)

asyncio.run(main())
