# Pool workers wait for a lock the main thread holds; they run once it is released.
import threading
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
log = []

def guarded(n):
    with lock:
        log.append(n)
    return n * n

lock.acquire()
with ThreadPoolExecutor(max_workers=3) as pool:
    futs = [pool.submit(guarded, n) for n in range(3)]
    print("before release:", [f.done() for f in futs], log)
    lock.release()
    print("results:", [f.result() for f in futs])
print("log sorted:", sorted(log))
print("threads left:", threading.active_count())
