# A pool worker that waits and then fails: the future carries the exception.
import threading
from concurrent.futures import ThreadPoolExecutor

ev = threading.Event()

def fail_later():
    ev.wait()
    raise ValueError("bad after waiting")

pool = ThreadPoolExecutor(max_workers=1)
fut = pool.submit(fail_later)
print("running:", fut.running(), "done:", fut.done())
ev.set()
try:
    fut.result()
except ValueError as e:
    print("caught:", e)
print("exception():", repr(fut.exception()))
second = pool.submit(lambda: "second job")
print(second.result())
pool.shutdown()
print("shut down")
