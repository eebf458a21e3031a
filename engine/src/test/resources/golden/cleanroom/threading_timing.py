import threading, time, asyncio
t0 = time.perf_counter()
results = []
def worker(n, d):
    time.sleep(d)
    results.append((n, threading.current_thread().name))
ts = [threading.Thread(target=worker, args=(i, 0.5 + i * 0.25), name=f"w{i}") for i in range(3)]
for t in ts:
    t.start()
print("started", threading.active_count(), [t.is_alive() for t in ts], [x.name for x in threading.enumerate()])
print("start() does not wait:", time.perf_counter() - t0 < 0.25)
ts[0].join()
print("after first join", [t.is_alive() for t in ts], threading.active_count(), 0.45 < time.perf_counter() - t0 < 0.7)
ts[2].join(0.1)
print("join timeout", ts[2].is_alive(), repr(ts[2]).split(",")[1].split()[0])
for t in ts:
    t.join()
elapsed = time.perf_counter() - t0
print("all joined", [t.is_alive() for t in ts], threading.active_count(), "concurrently:", 0.95 < elapsed < 1.4)
print(sorted(results))

async def amain(tag):
    s = time.perf_counter()
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.2)
    return tag, 0.45 < time.perf_counter() - s < 0.7
res = []
def runner():
    res.append(asyncio.run(amain("in thread")))
t1 = time.perf_counter()
t = threading.Thread(target=runner); t.start(); t.join()
print(res, 0.45 < time.perf_counter() - t1 < 0.7)
print(asyncio.run(amain("main")))
