import asyncio

class TrafficLight:
    TRANSITIONS = {"red": ("green", 0.03), "green": ("yellow", 0.02), "yellow": ("red", 0.01)}

    def __init__(self, name):
        self.name = name
        self.state = "red"
        self.changed = asyncio.Condition()
        self.history = []

    async def run(self, cycles):
        for _ in range(cycles * 3):
            nxt, hold = self.TRANSITIONS[self.state]
            await asyncio.sleep(hold)
            async with self.changed:
                self.state = nxt
                self.history.append(nxt[0].upper())
                self.changed.notify_all()

    async def wait_for_state(self, wanted):
        async with self.changed:
            await self.changed.wait_for(lambda: self.state == wanted)
            return self.state

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}={self.state}>"

async def car(light, n):
    print(f"car {n} waiting at {light!r}")
    state = await light.wait_for_state("green")
    print(f"car {n} goes on {state}, history so far {''.join(light.history)}")

async def main():
    light = TrafficLight("main-st")
    runner = asyncio.create_task(light.run(2))
    cars = [asyncio.create_task(car(light, i)) for i in range(3)]
    await asyncio.gather(*cars)
    await runner
    print(light, "".join(light.history))

asyncio.run(main())
