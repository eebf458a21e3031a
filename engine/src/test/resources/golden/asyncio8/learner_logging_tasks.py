import asyncio
import json
import logging
from dataclasses import dataclass, asdict
from typing import Protocol

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")


class Sink(Protocol):
    async def write(self, record: dict) -> None: ...


@dataclass
class Reading:
    sensor: str
    value: float
    unit: str = "C"


class MemorySink:
    def __init__(self):
        self.records = []

    async def write(self, record):
        await asyncio.sleep(0)
        self.records.append(record)


async def sensor(name, values, sink: Sink, q: asyncio.Queue):
    for v in values:
        r = Reading(name, v)
        if v < -50:
            log.warning("sensor %s: implausible %.1f", name, v)
            continue
        await q.put(r)
        await sink.write(asdict(r))
    log.info("sensor %s finished", name)


async def aggregator(q: asyncio.Queue, out: dict):
    while True:
        r = await q.get()
        out.setdefault(r.sensor, []).append(r.value)
        q.task_done()


async def main():
    sink = MemorySink()
    q = asyncio.Queue(maxsize=2)
    out = {}
    agg = asyncio.create_task(aggregator(q, out), name="aggregator")
    await asyncio.gather(
        sensor("kitchen", [20.5, 21.0, -99.0, 22.25], sink, q),
        sensor("garage", [5.0, 4.5], sink, q),
    )
    await q.join()
    agg.cancel()
    try:
        await agg
    except asyncio.CancelledError:
        log.info("aggregator stopped: %s", agg.cancelled())
    print(json.dumps(out, sort_keys=True))
    print(json.dumps(sink.records[:2], indent=2))
    means = {k: round(sum(v) / len(v), 2) for k, v in out.items()}
    print(sorted(means.items(), key=lambda kv: -kv[1]))
    logging.getLogger("asyncio").setLevel(logging.DEBUG)


asyncio.run(main(), debug=False)
