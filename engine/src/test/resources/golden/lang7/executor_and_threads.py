from concurrent.futures import ThreadPoolExecutor, as_completed
import threading
import time

lock = threading.Lock()
total = 0
def work(n):
    global total
    time.sleep(0.1 * n)
    with lock:
        total += n
    return n * 10

with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(work, n) for n in range(1, 6)]
    print(sorted(f.result() for f in as_completed(futures)))
print("total", total)
with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(lambda x: x * x, range(5))))
