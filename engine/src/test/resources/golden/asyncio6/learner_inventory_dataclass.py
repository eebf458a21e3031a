import asyncio
from dataclasses import dataclass, field
from enum import Enum, auto
from collections import Counter, defaultdict

class Status(Enum):
    PENDING = auto()
    SHIPPED = auto()
    FAILED = auto()

@dataclass(order=True)
class Order:
    priority: int
    oid: str = field(compare=False)
    items: dict = field(default_factory=dict, compare=False, repr=False)
    status: Status = field(default=Status.PENDING, compare=False)

stock = Counter(apple=5, pear=2, plum=0)

async def ship(order: Order, lock: asyncio.Lock) -> Order:
    async with lock:
        missing = {k: v - stock[k] for k, v in order.items.items() if stock[k] < v}
        match missing:
            case {}:
                stock.subtract(order.items)
                order.status = Status.SHIPPED
            case {"plum": n} if len(missing) == 1:
                order.status = Status.FAILED
                print(f"{order.oid}: short {n} plum(s)")
            case _:
                order.status = Status.FAILED
                print(f"{order.oid}: short of {sorted(missing)}")
    await asyncio.sleep(0)
    return order

async def main():
    lock = asyncio.Lock()
    orders = [Order(2, "o1", {"apple": 2}), Order(1, "o2", {"pear": 3}),
              Order(1, "o3", {"plum": 1}), Order(3, "o4", {"apple": 3, "pear": 1}),
              Order(2, "o5", {"apple": 1})]
    done = await asyncio.gather(*(ship(o, lock) for o in sorted(orders)))
    by_status = defaultdict(list)
    for o in done:
        by_status[o.status.name].append(o.oid)
    for k in sorted(by_status):
        print(f"{k:<8}|{','.join(by_status[k]):>12}|")
    print(dict(stock), +stock)
    print(done[0], Status.SHIPPED, repr(Status.FAILED))

asyncio.run(main())
