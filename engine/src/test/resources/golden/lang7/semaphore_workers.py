import threading
import time

slots = threading.Semaphore(2)
lock = threading.Lock()
inside = 0
most = 0
log = []

def download(n):
    global inside, most
    with slots:
        with lock:
            inside += 1
            most = max(most, inside)
        time.sleep(0.1 * (n % 3 + 1))
        with lock:
            inside -= 1
            log.append(n)

start = time.monotonic()
threads = [threading.Thread(target=download, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("at most", most, "at once")
print("finished:", sorted(log))
print("took about", round(time.monotonic() - start, 1), "s")

bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
print(slots.acquire(blocking=False), slots.acquire(blocking=False), slots.acquire(blocking=False))
print(slots.acquire(timeout=0.1))
