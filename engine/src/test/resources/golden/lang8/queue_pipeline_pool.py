# A producer and a consumer submitted to one pool talk through a queue.
import queue
from concurrent.futures import ThreadPoolExecutor

q = queue.Queue(maxsize=2)

def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
    return "produced 5"

def consumer():
    total = 0
    while (item := q.get()) is not None:
        total += item
    return f"consumed total {total}"

with ThreadPoolExecutor(max_workers=2) as pool:
    c = pool.submit(consumer)
    p = pool.submit(producer)
    print(p.result())
    print(c.result())
