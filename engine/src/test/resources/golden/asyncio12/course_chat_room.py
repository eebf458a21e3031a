# A chat room: each member has an inbox Queue; members join, talk, and leave (cancelled).
import asyncio

class Room:
    def __init__(self):
        self.members = {}
        self.transcript = []

    def join(self, name):
        self.members[name] = asyncio.Queue()
        self.broadcast("system", f"{name} joined")
        return self.members[name]

    def leave(self, name):
        self.members.pop(name, None)
        self.broadcast("system", f"{name} left")

    def broadcast(self, sender, text):
        self.transcript.append(f"<{sender}> {text}")
        for name, q in self.members.items():
            if name != sender:
                q.put_nowait((sender, text))

async def member(room, name, lines, seen):
    inbox = room.join(name)
    try:
        for line in lines:
            await asyncio.sleep(0.01)
            room.broadcast(name, line)
            while not inbox.empty():
                sender, text = inbox.get_nowait()
                seen.setdefault(name, []).append(f"{sender}: {text}")
        while True:
            sender, text = await inbox.get()
            seen.setdefault(name, []).append(f"{sender}: {text}")
    except asyncio.CancelledError:
        room.leave(name)
        raise

async def main():
    room = Room()
    seen = {}
    tasks = {
        "ann": asyncio.create_task(member(room, "ann", ["hi all", "how are you?"], seen)),
        "bob": asyncio.create_task(member(room, "bob", ["hey ann"], seen)),
    }
    await asyncio.sleep(0.015)
    tasks["cy"] = asyncio.create_task(member(room, "cy", ["late, sorry"], seen))
    await asyncio.sleep(0.05)
    tasks["bob"].cancel()
    await asyncio.sleep(0)
    tasks["ann"].cancel()
    tasks["cy"].cancel()
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    print("\n".join(room.transcript))
    for name in sorted(seen):
        print(f"{name} saw {len(seen[name])}: {seen[name]}")
    print(room.members)

asyncio.run(main())
