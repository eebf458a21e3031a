# Pub/sub: one broker, each subscriber owns a Queue; a sentinel ends them.
import asyncio

DONE = object()

class Broker:
    def __init__(self):
        self.subs = {}

    def subscribe(self, name, maxsize=0):
        q = asyncio.Queue(maxsize)
        self.subs[name] = q
        return q

    def unsubscribe(self, name):
        q = self.subs.pop(name)
        q.put_nowait(DONE)

    async def publish(self, topic, msg):
        for name, q in list(self.subs.items()):
            if name.startswith(topic) or topic == "*":
                await q.put((topic, msg))

    async def close(self):
        for q in self.subs.values():
            await q.put(DONE)

async def subscriber(name, q, log):
    got = 0
    while True:
        item = await q.get()
        if item is DONE:
            log.append(f"{name} done after {got}")
            return got
        topic, msg = item
        got += 1
        log.append(f"{name} <- {topic}:{msg} (left {q.qsize()})")
        await asyncio.sleep(0)

async def main():
    b = Broker()
    log = []
    qs = {n: b.subscribe(n, maxsize=2 if n == "news.slow" else 0)
          for n in ("news.fast", "news.slow", "sport")}
    print({n: (q.maxsize, q.empty(), q.full()) for n, q in qs.items()})
    tasks = [asyncio.create_task(subscriber(n, q, log), name=f"sub-{n}") for n, q in qs.items()]
    await b.publish("news", "rain")
    await b.publish("sport", "goal")
    await b.publish("*", "hello")
    print("slow full?", qs["news.slow"].full(), qs["news.slow"].qsize())
    await b.publish("news", "sun")
    b.unsubscribe("sport")
    await b.publish("*", "bye")
    await b.close()
    counts = await asyncio.gather(*tasks)
    print("\n".join(log))
    print(dict(zip((t.get_name() for t in tasks), counts)))
    print(repr(qs["sport"]).startswith("<Queue at"), str(qs["news.fast"]))

asyncio.run(main())
