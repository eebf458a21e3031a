import asyncio, threading, time

results = {}
lock = threading.Lock()

async def countdown(name, n, step):
    out = []
    for i in range(n, 0, -1):
        await asyncio.sleep(step)
        out.append(i)
    return out

def run_loop(name, n, step):
    r = asyncio.run(countdown(name, n, step))
    with lock:
        results[name] = r

threads = [threading.Thread(target=run_loop, args=(f"t{i}", 3, 0.01 * (i + 1)), name=f"loop-{i}") for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))

async def main():
    loop = asyncio.get_running_loop()
    got = asyncio.Queue()
    def feeder():
        for i in range(3):
            time.sleep(0.02)
            loop.call_soon_threadsafe(got.put_nowait, i)
    th = threading.Thread(target=feeder)
    th.start()
    items = [await got.get() for _ in range(3)]
    th.join()
    print("from thread:", items)

asyncio.run(main())
