# A chat room: one Queue per member, a broadcaster task, members join/leave, sentinel shutdown.
import asyncio
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class Message:
    sender: str
    text: str
    to: Optional[str] = None


class Room:
    def __init__(self):
        self.inbox: asyncio.Queue[Optional[Message]] = asyncio.Queue()
        self.members: dict[str, asyncio.Queue] = {}
        self.transcript: list[str] = []

    def join(self, name):
        q = asyncio.Queue(maxsize=2)
        self.members[name] = q
        return q

    def leave(self, name):
        q = self.members.pop(name)
        q.put_nowait(None)

    async def broadcaster(self):
        while True:
            msg = await self.inbox.get()
            try:
                if msg is None:
                    for q in self.members.values():
                        await q.put(None)
                    return
                targets = [msg.to] if msg.to else [m for m in self.members if m != msg.sender]
                for t in targets:
                    if t not in self.members:
                        self.transcript.append(f"! {msg.sender} -> {t}: no such member")
                        continue
                    await self.members[t].put(msg)
            finally:
                self.inbox.task_done()


async def member(room, name, q, script):
    for ticks, text, to in script:
        for _ in range(ticks):
            await asyncio.sleep(0)
        await room.inbox.put(Message(name, text, to))
    while (msg := await q.get()) is not None:
        kind = "whispers" if msg.to else "says"
        room.transcript.append(f"[{name}] {msg.sender} {kind}: {msg.text}")
    room.transcript.append(f"[{name}] closed")


async def main():
    room = Room()
    b = asyncio.create_task(room.broadcaster())
    scripts = {
        "ann": [(1, "hi all", None), (4, "psst", "bob")],
        "bob": [(2, "hello", None)],
        "cid": [(3, "hey", "zed")],
    }
    tasks = [asyncio.create_task(member(room, n, room.join(n), s)) for n, s in scripts.items()]
    for _ in range(12):
        await asyncio.sleep(0)
    await room.inbox.join()
    room.leave("cid")
    await room.inbox.put(Message("ann", "cid left?"))
    await room.inbox.put(None)
    await asyncio.gather(b, *tasks)
    for line in room.transcript:
        print(line)
    print(Message("a", "b"), Message("a", "b") == Message("a", "b"))
    try:
        Message("a", "b").text = "c"
    except Exception as e:
        print(type(e).__name__, e)
    print(room.inbox.qsize(), room.inbox._unfinished_tasks if hasattr(room.inbox, "_unfinished_tasks") else "?")


asyncio.run(main())
