# A traffic light state machine driven by timers; a pedestrian button interrupts it.
import asyncio
import enum

class Light(enum.Enum):
    RED = ("stop", 3)
    GREEN = ("go", 4)
    YELLOW = ("slow", 1)

    def __init__(self, meaning, ticks):
        self.meaning = meaning
        self.ticks = ticks

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]

class Crossing:
    def __init__(self):
        self.state = Light.RED
        self.button = asyncio.Event()
        self.log = []

    async def run(self, cycles):
        for _ in range(cycles):
            self.log.append(f"{self.state.name:<6} {self.state.meaning}")
            try:
                async with asyncio.timeout(self.state.ticks * 0.01):
                    await self.button.wait()
                self.button.clear()
                if self.state is Light.GREEN:
                    self.log.append("  button: cut green short")
                    self.state = Light.YELLOW
                    continue
                self.log.append(f"  button ignored in {self.state.name}")
                await asyncio.sleep(self.state.ticks * 0.01)
            except TimeoutError:
                pass
            self.state = self.state.next()
        return self.state

async def pedestrian(crossing, at):
    await asyncio.sleep(at)
    crossing.button.set()

async def main():
    c = Crossing()
    final, *_ = await asyncio.gather(c.run(6), pedestrian(c, 0.045), pedestrian(c, 0.005))
    print("\n".join(c.log))
    print("final:", final, final.value, Light["GREEN"].ticks, Light(("go", 4)))

asyncio.run(main())
