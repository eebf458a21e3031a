# An async log processor: language features around asyncio (enum, dataclass ordering, groupby,
# Counter, defaultdict, format specs, textwrap, statistics, bisect, operator).
import asyncio
import bisect
import enum
import itertools
import operator
import statistics
import textwrap
from collections import Counter, defaultdict, deque, namedtuple
from dataclasses import dataclass, field, astuple, replace
from functools import reduce, total_ordering


class Level(enum.IntEnum):
    DEBUG = 10
    INFO = 20
    WARN = 30
    ERROR = 40


@dataclass(order=True, frozen=True)
class Entry:
    ts: float
    level: Level = field(compare=False)
    service: str = field(compare=False)
    text: str = field(compare=False, repr=False)


Span = namedtuple("Span", "service start end")


@total_ordering
class Score:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v

    def __repr__(self):
        return f"Score({self.v:.2f})"


RAW = """\
0.10 INFO api request /users took 12ms
0.15 DEBUG db query ok
0.20 WARN api slow request /orders took 340ms
0.22 ERROR db connection reset by peer while reading the response of a long query
0.30 INFO api request /users took 15ms
0.31 INFO worker job 7 done
0.35 ERROR worker job 8 failed: timeout
0.40 INFO api request /items took 22ms"""


async def parse(line):
    await asyncio.sleep(0)
    ts, level, service, text = line.split(" ", 3)
    return Entry(float(ts), Level[level], service, text)


async def main():
    entries = sorted(await asyncio.gather(*(parse(l) for l in reversed(RAW.splitlines()))))
    print(entries[0], entries[-1].level, entries[-1].level.name, int(entries[-1].level))
    by_service = defaultdict(list)
    for e in entries:
        by_service[e.service].append(e)
    for service, items in sorted(by_service.items()):
        worst = max(items, key=operator.attrgetter("level"))
        print(f"{service:<8}|{len(items):>3}|{worst.level.name:^7}|{items[0].ts:06.2f}")
    counts = Counter(e.level.name for e in entries)
    print(counts.most_common(2), sorted(counts.elements())[:3], counts["NONE"])
    for lvl, group in itertools.groupby(sorted(entries, key=lambda e: e.level), key=lambda e: e.level):
        print(lvl.name, [e.ts for e in group])
    times = [int(t) for e in entries if (t := e.text.rsplit(" took ", 1)[-1].removesuffix("ms")).isdigit()]
    print(times, statistics.mean(times), statistics.median(times), round(statistics.pstdev(times), 3))
    print(f"{statistics.mean(times):.1f} {max(times):#x} {sum(times):,} {len(times) / len(entries):.1%}")
    errors = [e for e in entries if e.level >= Level.ERROR]
    for e in errors:
        print(textwrap.fill(f"[{e.service}] {e.text}", width=30, initial_indent="* ", subsequent_indent="  "))
    cuts = [0.2, 0.3]
    buckets = Counter(bisect.bisect_right(cuts, e.ts) for e in entries)
    print(sorted(buckets.items()))
    window = deque(maxlen=3)
    for e in entries:
        window.append(e.ts)
    print(list(window), reduce(operator.add, window))
    spans = [Span(s, min(e.ts for e in it), max(e.ts for e in it)) for s, it in by_service.items()]
    print(sorted(spans, key=lambda s: s.end - s.start, reverse=True)[0]._asdict())
    print(astuple(replace(entries[0], service="X"))[:3], Level.WARN in Level, Level(40))
    scores = [Score(v) for v in (0.5, 0.25, 0.75)]
    print(sorted(scores), max(scores), Score(1) >= Score(1))
    print(list(itertools.accumulate(times)), list(itertools.pairwise("abc")), list(itertools.batched("abcde", 2)) if hasattr(itertools, "batched") else "no batched")


asyncio.run(main())
