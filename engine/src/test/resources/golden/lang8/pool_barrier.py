# Two pool workers meet at a barrier: each must wait for the other.
import threading
from concurrent.futures import ThreadPoolExecutor

barrier = threading.Barrier(2)

def meet(n):
    index = barrier.wait(timeout=5)
    return n, index in (0, 1)

with ThreadPoolExecutor(max_workers=2) as pool:
    futs = [pool.submit(meet, n) for n in range(2)]
    print([f.result() for f in futs])
print("done")
