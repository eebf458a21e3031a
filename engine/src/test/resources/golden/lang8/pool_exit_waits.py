# A pool never shut down: its worker, still waiting on a queue, is waited for at the end.
import queue
import threading
from concurrent.futures import ThreadPoolExecutor

q = queue.Queue()
pool = ThreadPoolExecutor(max_workers=1)

def consume():
    item = q.get()
    print("worker got", item)

pool.submit(consume)
print("main: feeding the queue and leaving")
q.put("last item")
