import concurrent.futures as cf
import time
import threading

print(cf.wait([]), list(cf.as_completed([])))
ex = cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="w")
try:
    ex.submit()
except TypeError as e:
    print("TypeError:", e)
def outer(n):
    inner = ex.submit(lambda: (time.sleep(0.05), threading.current_thread().name)[1])
    return n, threading.current_thread().name, inner.result()
f = ex.submit(outer, 1)
print(f.result())
it = ex.map(time.sleep, [0.1, 0.3], timeout=0.2)
try:
    for x in it:
        print("slept", x)
except TimeoutError:
    print("map timed out")
ex.shutdown(wait=False)
print("shutdown(wait=False) returned")
with cf.ThreadPoolExecutor(1) as ex2:
    fs = [ex2.submit(time.sleep, 0.1) for _ in range(3)]
    print(cf.wait(fs, timeout=0.15, return_when=cf.FIRST_COMPLETED).done == {fs[0]})
    for f in cf.as_completed(fs):
        pass
    print("all done", all(f.done() for f in fs))
def gen_work():
    yield 1
    yield 2
with cf.ThreadPoolExecutor() as ex3:
    print(list(ex3.map(lambda a, b: a * b, gen_work(), [10, 20, 30])))
    print(ex3.submit(sorted, [3, 1, 2], reverse=True).result())
    f = ex3.submit(threading.current_thread)
    print(f.result().name.startswith("ThreadPoolExecutor-"))
print(threading.current_thread().name)
