import asyncio

class Room:
    def __init__(self):
        self.members = {}
        self.closed = asyncio.Event()

    def join(self, name):
        q = asyncio.Queue()
        self.members[name] = q
        return q

    async def say(self, who, text):
        for name, q in self.members.items():
            if name != who:
                await q.put((who, text))

async def member(room, name, script):
    inbox = room.join(name)
    async def listen():
        while True:
            who, text = await inbox.get()
            print(f"[{name}] {who}: {text}")
            inbox.task_done()
    listener = asyncio.create_task(listen(), name=f"listen-{name}")
    for delay, text in script:
        await asyncio.sleep(delay)
        await room.say(name, text)
    await room.closed.wait()
    await inbox.join()
    listener.cancel()
    return name

async def main():
    room = Room()
    scripts = {
        "ann": [(0.01, "hi all"), (0.03, "bye")],
        "bob": [(0.02, "hey ann")],
        "cyd": [(0.025, "what's up?")],
    }
    tasks = [asyncio.create_task(member(room, n, s)) for n, s in scripts.items()]
    await asyncio.sleep(0.05)
    room.closed.set()
    print(await asyncio.gather(*tasks))
    print("left:", sorted(t.get_name() for t in asyncio.all_tasks() if t is not asyncio.current_task()))

asyncio.run(main())
