import asyncio

class Broker:
    def __init__(self):
        self.subs = {}

    def subscribe(self, topic):
        q = asyncio.Queue()
        self.subs.setdefault(topic, []).append(q)
        return q

    async def publish(self, topic, msg):
        for q in self.subs.get(topic, []):
            await q.put(msg)
        return len(self.subs.get(topic, []))

async def subscriber(name, q, stop, log):
    while not stop.is_set():
        get = asyncio.create_task(q.get())
        stopper = asyncio.create_task(stop.wait())
        done, pending = await asyncio.wait({get, stopper}, return_when=asyncio.FIRST_COMPLETED)
        for p in pending:
            p.cancel()
        if get in done:
            msg = get.result()
            if msg == "boom" and name == "fragile":
                raise ValueError(f"{name} cannot handle {msg!r}")
            log.append(f"{name} <- {msg}")
    log.append(f"{name} stopped")

async def main():
    broker = Broker()
    stop = asyncio.Event()
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(subscriber("news", broker.subscribe("news"), stop, log))
            tg.create_task(subscriber("all", broker.subscribe("news"), stop, log))
            tg.create_task(subscriber("fragile", broker.subscribe("alerts"), stop, log))
            await asyncio.sleep(0)
            print("delivered to", await broker.publish("news", "hello"))
            print("delivered to", await broker.publish("alerts", "ok"))
            await asyncio.sleep(0.01)
            print("delivered to", await broker.publish("alerts", "boom"))
            await asyncio.sleep(0.01)
            stop.set()
    except* ValueError as eg:
        print("group:", [str(e) for e in eg.exceptions])
    print("\n".join(log))

asyncio.run(main())
