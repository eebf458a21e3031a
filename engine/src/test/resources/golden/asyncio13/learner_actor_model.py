# A tiny actor model: each actor a task with a mailbox, ask() with a reply Future, supervision.
import asyncio


class Actor:
    def __init__(self, name):
        self.name = name
        self.mailbox = asyncio.Queue()
        self.task = None

    def start(self):
        self.task = asyncio.create_task(self._run(), name=f"actor-{self.name}")
        return self

    async def _run(self):
        while True:
            msg, reply = await self.mailbox.get()
            if msg == "stop":
                if reply:
                    reply.set_result(f"{self.name} stopped")
                return
            try:
                result = await self.receive(msg)
            except Exception as e:
                if reply:
                    reply.set_exception(e)
                else:
                    raise
            else:
                if reply:
                    reply.set_result(result)

    async def receive(self, msg):
        raise NotImplementedError

    def tell(self, msg):
        self.mailbox.put_nowait((msg, None))

    async def ask(self, msg, timeout=0.1):
        fut = asyncio.get_running_loop().create_future()
        self.mailbox.put_nowait((msg, fut))
        return await asyncio.wait_for(fut, timeout)


class Counter(Actor):
    def __init__(self, name):
        super().__init__(name)
        self.value = 0

    async def receive(self, msg):
        match msg:
            case ("add", int(n)):
                self.value += n
                return self.value
            case "get":
                return self.value
            case "slow":
                await asyncio.sleep(1)
            case _:
                raise ValueError(f"{self.name} cannot handle {msg!r}")


async def main():
    c = Counter("c").start()
    c.tell(("add", 2))
    c.tell(("add", 3))
    print(await c.ask("get"))
    print(await c.ask(("add", 10)))
    try:
        await c.ask(("add", "x"))
    except ValueError as e:
        print("error reply:", e)
    try:
        await c.ask("slow", timeout=0.01)
    except TimeoutError:
        print("slow timed out; the actor is still busy:", not c.task.done())
    c.task.cancel()
    try:
        await c.task
    except asyncio.CancelledError:
        print("actor cancelled:", c.task.get_name())
    d = Counter("d").start()
    d.tell("boom")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("d done:", d.task.done(), repr(d.task.exception()))
    e = Counter("e").start()
    print(await e.ask("stop"))
    print(e.task.done(), e.task.result())
    base = Actor("base").start()
    try:
        await base.ask("anything")
    except NotImplementedError as err:
        print("NotImplementedError", err.args)
    base.tell("stop")
    await base.task
    print(sorted(t.get_name() for t in asyncio.all_tasks()))


asyncio.run(main())
