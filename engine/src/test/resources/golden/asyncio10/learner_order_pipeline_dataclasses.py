# A teaching example: an order pipeline with dataclasses, enums, match, and asyncio stages
import asyncio
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Optional

class Status(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    FAILED = auto()

@dataclass(order=True)
class Order:
    priority: int
    oid: str = field(compare=False)
    amount: float = field(compare=False, default=0.0)
    status: Status = field(compare=False, default=Status.NEW)
    notes: list[str] = field(compare=False, default_factory=list)

    def note(self, text: str) -> None:
        self.notes.append(text)

async def pay(order: Order) -> Order:
    await asyncio.sleep(order.amount / 1000)
    match order:
        case Order(amount=a) if a <= 0:
            order.status = Status.FAILED
            order.note(f"bad amount {a:.2f}")
        case Order(amount=a) if a > 100:
            order.status = Status.PAID
            order.note(f"big payment {a:>8.2f}")
        case _:
            order.status = Status.PAID
            order.note("paid")
    return order

async def ship(order: Order) -> Optional[Order]:
    if order.status is not Status.PAID:
        return None
    await asyncio.sleep(0.01)
    order.status = Status.SHIPPED
    return order

async def main():
    q: asyncio.PriorityQueue[Order] = asyncio.PriorityQueue()
    for i, (prio, amt) in enumerate([(2, 50.0), (1, 250.5), (3, -1.0), (1, 10.0)]):
        await q.put(Order(prio, f"o{i}", amt))
    print(q.qsize(), [o.oid for o in sorted(q._queue)])
    done = []
    while not q.empty():
        order = q.get_nowait()
        paid = await pay(order)
        if (shipped := await ship(paid)) is not None:
            done.append(shipped)
        print(f"{order.oid:<3}|{order.priority:^5}|{order.status.name:>8}|{', '.join(order.notes)}")
    print([o.oid for o in done])
    print(Order(1, "x") < Order(2, "y"), Order(1, "a") == Order(1, "b"))
    print(repr(done[0]).replace("<Status.SHIPPED: 3>", "SHIPPED"))
    totals = {s.name: sum(1 for o in done if o.status is s) for s in Status}
    print(totals)

asyncio.run(main())
