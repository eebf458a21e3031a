import asyncio
import enum
import heapq
import itertools
from dataclasses import dataclass, field
from collections import Counter, defaultdict


class State(enum.Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    cost: float = field(compare=False, default=0.01)
    fails: int = field(compare=False, default=0)
    state: State = field(compare=False, default=State.PENDING)
    attempts: int = field(compare=False, default=0)


class Scheduler:
    def __init__(self, workers=2, retries=2):
        self._heap = []
        self._seq = itertools.count()
        self._cv = asyncio.Condition()
        self.workers = workers
        self.retries = retries
        self.history = defaultdict(list)
        self.closed = False

    async def submit(self, name, priority=5, **kw):
        job = Job(priority, next(self._seq), name, **kw)
        async with self._cv:
            heapq.heappush(self._heap, job)
            self._cv.notify()
        return job

    async def _next(self):
        async with self._cv:
            await self._cv.wait_for(lambda: self._heap or self.closed)
            return heapq.heappop(self._heap) if self._heap else None

    async def _run(self, job, wid):
        job.state = State.RUNNING
        job.attempts += 1
        self.history[job.name].append(f"w{wid}#{job.attempts}")
        await asyncio.sleep(job.cost)
        if job.fails >= job.attempts:
            raise ConnectionError(f"{job.name} attempt {job.attempts}")
        return f"{job.name}:{job.priority}"

    async def worker(self, wid, results):
        while (job := await self._next()) is not None:
            try:
                results.append(await asyncio.wait_for(self._run(job, wid), 0.05))
                job.state = State.DONE
            except (ConnectionError, TimeoutError) as e:
                if job.attempts <= self.retries:
                    job.state = State.PENDING
                    async with self._cv:
                        heapq.heappush(self._heap, job)
                        self._cv.notify()
                else:
                    job.state = State.FAILED
                    results.append(f"{job.name} gave up: {type(e).__name__}: {e}")

    async def close(self):
        async with self._cv:
            self.closed = True
            self._cv.notify_all()


async def main():
    s = Scheduler(workers=3)
    results = []
    async with asyncio.TaskGroup() as tg:
        for w in range(s.workers):
            tg.create_task(s.worker(w, results), name=f"worker-{w}")
        jobs = [
            await s.submit("backup", priority=9, cost=0.02),
            await s.submit("email", priority=1),
            await s.submit("report", priority=3, fails=1),
            await s.submit("flaky", priority=2, fails=5),
            await s.submit("slow", priority=4, cost=0.1),
            await s.submit("index", priority=1, cost=0.03),
        ]
        await asyncio.sleep(0.5)
        await s.close()
    for r in results:
        print(r)
    print(Counter(j.state.name for j in jobs).most_common())
    for name, h in sorted(s.history.items()):
        print(f"{name:>8}: {' '.join(h)}")
    print(sorted(jobs)[:2])


asyncio.run(main())
