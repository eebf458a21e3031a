import asyncio

class CountingPolicy(asyncio.DefaultEventLoopPolicy):
    made = 0
    def new_event_loop(self):
        CountingPolicy.made += 1
        print("policy makes loop", CountingPolicy.made)
        loop = super().new_event_loop()
        loop.set_debug(False)
        return loop
    def set_event_loop(self, loop):
        print("policy set_event_loop", None if loop is None else type(loop).__name__)
        super().set_event_loop(loop)

async def main(n):
    await asyncio.sleep(0)
    return n * 2

print(type(asyncio.get_event_loop_policy()).__name__, asyncio.DefaultEventLoopPolicy.__name__)
print(issubclass(asyncio.DefaultEventLoopPolicy, asyncio.AbstractEventLoopPolicy))
asyncio.set_event_loop_policy(CountingPolicy())
print(asyncio.run(main(1)))
print(asyncio.run(main(2)))
with asyncio.Runner() as r:
    print(r.run(main(3)))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(main(4)))
loop.close()
try:
    asyncio.set_event_loop_policy(42)
except TypeError as e:
    print("TypeError:", e)
asyncio.set_event_loop_policy(None)
print(type(asyncio.get_event_loop_policy()).__name__)
print(asyncio.run(main(5)))
try:
    asyncio.AbstractEventLoopPolicy().new_event_loop()
except NotImplementedError:
    print("abstract policy")
