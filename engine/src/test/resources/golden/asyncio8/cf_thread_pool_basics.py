import concurrent.futures as cf
import threading
import time

def work(n):
    time.sleep(n / 10)
    return n * n, threading.current_thread().name

start = time.monotonic()
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    futs = {ex.submit(work, n): n for n in (3, 1, 2)}
    for f in cf.as_completed(futs):
        print(futs[f], f.result())
print("elapsed", round(time.monotonic() - start, 1))

with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
    print(list(ex.map(work, [2, 1, 3, 1])))
print("elapsed", round(time.monotonic() - start, 1))

def boom(x):
    raise ValueError(f"bad {x}")

with cf.ThreadPoolExecutor() as ex:
    f = ex.submit(boom, 1)
    try:
        f.result()
    except ValueError as e:
        print("ValueError:", e, repr(f.exception()))
    print(f.done(), f.cancelled(), f.running())
    print(repr(f).split(" at ")[0], repr(f).split(" state=")[1])
    g = ex.submit(work, 1)
    print("g done right away?", g.done(), g.running())
    done, not_done = cf.wait([g], timeout=0.01)
    print(len(done), len(not_done))
    done, not_done = cf.wait([g])
    print(len(done), len(not_done), g.result()[0])
    try:
        ex.submit(work, 5).result(timeout=0.1)
    except cf.TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError)

try:
    ex.submit(work, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

f = cf.Future()
print(f.done(), f.cancel(), f.cancelled())
try:
    f.result()
except cf.CancelledError as e:
    print("CancelledError", type(e).__mro__[1].__name__)
f = cf.Future()
f.add_done_callback(lambda fut: print("callback got", fut.result()))
f.set_result(42)
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])
print(cf.FIRST_COMPLETED, cf.ALL_COMPLETED, cf.FIRST_EXCEPTION)
