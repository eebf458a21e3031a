# Heartbeats with call_later and a watchdog task that cancels a stalled worker.
import asyncio

class Heart:
    def __init__(self, loop, every, limit):
        self.loop, self.every, self.limit = loop, every, limit
        self.beats = 0
        self.handle = None

    def start(self):
        self.handle = self.loop.call_later(self.every, self.beat)

    def beat(self):
        self.beats += 1
        print(f"beat {self.beats}")
        if self.beats < self.limit:
            self.handle = self.loop.call_later(self.every, self.beat)

    def stop(self):
        if self.handle:
            print("stopping heart, handle cancelled before:", self.handle.cancelled())
            self.handle.cancel()
            print("cancelled after:", self.handle.cancelled())

async def slow_worker(progress):
    for step in range(100):
        progress["step"] = step
        await asyncio.sleep(0.002 if step < 3 else 10)

async def watchdog(task, progress, period):
    last = -1
    while not task.done():
        await asyncio.sleep(period)
        if progress["step"] == last:
            print(f"watchdog: no progress since step {last}, cancelling")
            task.cancel(f"stalled at {last}")
            return
        last = progress["step"]

async def main():
    loop = asyncio.get_running_loop()
    heart = Heart(loop, 0.005, 3)
    heart.start()
    progress = {"step": 0}
    w = asyncio.create_task(slow_worker(progress), name="worker")
    dog = asyncio.create_task(watchdog(w, progress, 0.02), name="dog")
    try:
        await w
    except asyncio.CancelledError as e:
        print("worker cancelled:", e.args, "cancelling():", w.cancelling(), w.cancelled())
    await dog
    print("progress", progress, "beats", heart.beats)
    heart.stop()
    await asyncio.sleep(0.02)
    print("beats after stop", heart.beats)

asyncio.run(main())
