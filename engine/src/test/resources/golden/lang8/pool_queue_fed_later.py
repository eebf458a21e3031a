# A pool worker waits on a queue that the main thread feeds after submitting.
import queue
from concurrent.futures import ThreadPoolExecutor
import threading

q = queue.Queue()

def consume(n):
    got = [q.get() for _ in range(n)]
    return threading.current_thread().name, got

with ThreadPoolExecutor(max_workers=2) as pool:
    fut = pool.submit(consume, 3)
    print("submitted, done:", fut.done())
    for item in "abc":
        q.put(item)
    print("result:", fut.result())
print("after shutdown")
