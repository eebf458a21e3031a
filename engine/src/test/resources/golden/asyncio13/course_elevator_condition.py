# An elevator simulation: riders wait on a Condition for their floor, the elevator moves floor by
# floor with sleep(0) ticks and notifies; wait_for with a predicate; a rider gives up after a timeout.
import asyncio
from dataclasses import dataclass, field


@dataclass
class Elevator:
    floor: int = 0
    direction: int = 1
    riders: list = field(default_factory=list)
    log: list = field(default_factory=list)

    def __post_init__(self):
        self.cond = asyncio.Condition()


async def rider(el, name, start, dest, patience=None):
    async with el.cond:
        try:
            await asyncio.wait_for(el.cond.wait_for(lambda: el.floor == start), patience)
        except TimeoutError:
            el.log.append(f"{name} gave up waiting at {start}")
            return name, None
        el.riders.append(name)
        el.log.append(f"{name} boards at {el.floor}")
        await el.cond.wait_for(lambda: el.floor == dest)
        el.riders.remove(name)
        el.log.append(f"{name} leaves at {el.floor}")
        return name, dest


async def run_elevator(el, top, ticks):
    for _ in range(ticks):
        await asyncio.sleep(0.001)
        async with el.cond:
            el.floor += el.direction
            if el.floor in (0, top):
                el.direction = -el.direction
            el.cond.notify_all()


async def main():
    el = Elevator()
    riders = [
        asyncio.create_task(rider(el, "ana", 2, 5)),
        asyncio.create_task(rider(el, "ben", 4, 1)),
        asyncio.create_task(rider(el, "cy", 0, 3)),
        asyncio.create_task(rider(el, "dee", 6, 0, patience=0.0005)),
    ]
    await asyncio.sleep(0)
    motor = asyncio.create_task(run_elevator(el, 6, 14))
    results = await asyncio.gather(*riders)
    await motor
    print(results)
    for line in el.log:
        print(" ", line)
    print("final floor", el.floor, "riders", el.riders, el.cond.locked())


asyncio.run(main())
