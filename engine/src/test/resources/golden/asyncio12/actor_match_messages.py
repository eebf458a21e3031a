# An actor that matches messages with structural pattern matching, replies through futures.
import asyncio
import enum
from dataclasses import dataclass, field
from typing import Any

class Op(enum.Enum):
    ADD = "add"
    SUB = "sub"
    GET = "get"

@dataclass(frozen=True)
class Cmd:
    op: Op
    key: str
    amount: int = 0

@dataclass
class Request:
    msg: Any
    reply: asyncio.Future = field(repr=False)

class Stop:
    pass

class Account:
    def __init__(self):
        self.inbox = asyncio.Queue()
        self.state = {}
        self.handled = 0

    async def run(self):
        while True:
            req = await self.inbox.get()
            self.handled += 1
            match req:
                case Request(msg=Stop()):
                    req.reply.set_result("stopping")
                    return self.handled
                case Request(msg=Cmd(op=Op.ADD | Op.SUB as op, key=k, amount=n)) if n >= 0:
                    sign = 1 if op is Op.ADD else -1
                    self.state[k] = self.state.get(k, 0) + sign * n
                    req.reply.set_result(self.state[k])
                case Request(msg=Cmd(Op.GET, key)):
                    req.reply.set_result(self.state.get(key))
                case Request(msg=Cmd(amount=n)) if n < 0:
                    req.reply.set_exception(ValueError(f"negative amount {n}"))
                case Request(msg=[*parts]):
                    req.reply.set_result(f"list of {len(parts)}")
                case Request(msg={"op": str(op), **rest}):
                    req.reply.set_result(f"dict op={op} rest={rest}")
                case Request(msg=str() | bytes() as raw):
                    req.reply.set_result(f"raw {raw!r}")
                case _:
                    req.reply.set_exception(TypeError(f"unknown message {req.msg!r}"))

    async def ask(self, msg):
        fut = asyncio.get_running_loop().create_future()
        await self.inbox.put(Request(msg, fut))
        return await fut

async def main():
    acct = Account()
    runner = asyncio.create_task(acct.run())
    msgs = [Cmd(Op.ADD, "alice", 10), Cmd(Op.SUB, "alice", 3), Cmd(Op.GET, "alice"),
            Cmd(Op.GET, "bob"), Cmd(Op.ADD, "bob", -5), [1, 2, 3], {"op": "noop", "x": 1},
            "hello", b"bytes", 42, Cmd(Op.ADD, "bob", 1)]
    for m in msgs:
        try:
            r = await acct.ask(m)
            print(f"{m!r:<45} -> {r!r}")
        except (ValueError, TypeError) as e:
            print(f"{m!r:<45} !! {type(e).__name__}: {e}")
    results = await asyncio.gather(*(acct.ask(Cmd(Op.ADD, "c", i)) for i in range(5)))
    print(results)
    print(await acct.ask(Stop()), await runner, acct.state)
    print(Cmd(Op.ADD, "k") == Cmd(Op.ADD, "k", 0), hash(Cmd(Op.GET, "x")) == hash(Cmd(Op.GET, "x")))

asyncio.run(main())
