# Dining philosophers: forks are Locks, a philosopher gives up after a timeout and retries.
import asyncio
from dataclasses import dataclass, field


@dataclass
class Philosopher:
    name: str
    left: asyncio.Lock
    right: asyncio.Lock
    meals: int = 0
    give_ups: int = 0
    backoff: float = 0.0
    log: list = field(default_factory=list, repr=False)

    async def dine(self, rounds, think, eat, patience):
        while self.meals < rounds:
            await asyncio.sleep(think)
            async with self.left:
                try:
                    await asyncio.wait_for(self.right.acquire(), timeout=patience)
                except TimeoutError:
                    self.give_ups += 1
                    self.log.append(f"{self.name} gives up")
                    think = self.backoff
                    continue
                try:
                    self.meals += 1
                    self.log.append(f"{self.name} eats #{self.meals}")
                    await asyncio.sleep(eat)
                finally:
                    self.right.release()


async def main():
    names = ["Plato", "Kant", "Hume", "Marx", "Locke"]
    forks = [asyncio.Lock() for _ in names]
    log = []
    ps = [Philosopher(n, forks[i], forks[(i + 1) % len(names)], log=log) for i, n in enumerate(names)]
    # Everyone picks up the left fork at once: a deadlock that only the timeouts break.
    timings = [(0, 0.061, 0.023 * (i + 1)) for i in range(5)]
    for i, p in enumerate(ps):
        p.backoff = 0.037 * (i + 1)
    await asyncio.gather(*(p.dine(1, t, e, pat) for p, (t, e, pat) in zip(ps, timings)))
    for p in ps:
        print(p.name, p.meals, p.give_ups)
    print(sum(p.meals for p in ps), all(not f.locked() for f in forks))
    print(log)


asyncio.run(main())
