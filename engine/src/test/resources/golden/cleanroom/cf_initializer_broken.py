import concurrent.futures as cf
import time

def bad_init():
    raise ValueError("init failed")

ex = cf.ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex.submit(pow, 2, 3)
try:
    print(f.result())
except cf.BrokenExecutor as e:
    print(type(e).__name__, type(e).__module__, e)
try:
    ex.submit(pow, 2, 3)
except cf.BrokenExecutor as e:
    print("submit:", type(e).__name__, e)
ex.shutdown()
print("end")
