# Download manager: Semaphore limit, progress bars printed in order, retries on failure, summary.
import asyncio
from dataclasses import dataclass

@dataclass
class File:
    name: str
    size: int
    fail_first: int = 0

class Manager:
    def __init__(self, limit):
        self.sem = asyncio.Semaphore(limit)
        self.progress = {}
        self.events = []
        self.attempts = {}

    def bar(self, name):
        done, total = self.progress[name]
        pct = done * 100 // total
        filled = pct // 10
        return f"{name:<10}[{'#' * filled}{'.' * (10 - filled)}] {pct:>3}%"

    async def download(self, f):
        async with self.sem:
            self.attempts[f.name] = self.attempts.get(f.name, 0) + 1
            self.progress[f.name] = (0, f.size)
            self.events.append(f"start {f.name} (try {self.attempts[f.name]})")
            chunk = max(1, f.size // 4)
            got = 0
            while got < f.size:
                await asyncio.sleep(0.001)
                got = min(f.size, got + chunk)
                self.progress[f.name] = (got, f.size)
                if self.attempts[f.name] <= f.fail_first and got >= f.size // 2:
                    self.events.append(f"fail {f.name} at {got}/{f.size}")
                    raise ConnectionResetError(f.name)
            self.events.append(f"done {f.name}")
            return f.size

    async def fetch(self, f, retries=2):
        for attempt in range(retries + 1):
            try:
                return await self.download(f)
            except ConnectionResetError:
                if attempt == retries:
                    raise
                await asyncio.sleep(0.002 * (attempt + 1))

async def main():
    files = [File("alpha.zip", 40), File("beta.iso", 100, fail_first=1), File("gamma.txt", 3),
             File("delta.bin", 64, fail_first=5)]
    m = Manager(limit=2)
    results = await asyncio.gather(*(m.fetch(f) for f in files), return_exceptions=True)
    for f, r in zip(files, results):
        status = f"{r} bytes" if isinstance(r, int) else f"FAILED ({type(r).__name__}: {r})"
        print(f"{f.name:<10} {status}")
    print()
    for name in sorted(m.progress):
        print(m.bar(name))
    print()
    print(sum(r for r in results if isinstance(r, int)), "bytes total;", m.attempts)
    print(len(m.events), "events;", sum(e.startswith("fail") for e in m.events), "failures")

asyncio.run(main())
