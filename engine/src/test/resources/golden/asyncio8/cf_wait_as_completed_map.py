import concurrent.futures as cf
import threading
import time

def task(name, delay, fail=False):
    time.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name

def init(tag):
    print("init", tag, threading.current_thread().name)

with cf.ThreadPoolExecutor(max_workers=3, initializer=init, initargs=("x",)) as ex:
    fs = [ex.submit(task, "a", 0.3), ex.submit(task, "b", 0.1, True), ex.submit(task, "c", 0.2)]
    done, not_done = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
    print(sorted(f.exception() is not None for f in done), len(not_done))
    done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print(len(done), len(not_done))
    done, not_done = cf.wait(fs, timeout=0.05)
    print(len(done), len(not_done))
    done, not_done = cf.wait(fs)
    print(len(done), len(not_done), type(cf.wait(fs)).__name__)

with cf.ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(task, n, d) for n, d in [("p", 0.5), ("q", 0.1), ("r", 0.3)]]
    try:
        for f in cf.as_completed(fs, timeout=0.35):
            print("completed", f.result())
    except cf.TimeoutError as e:
        print("TimeoutError:", e)

with cf.ThreadPoolExecutor(max_workers=2) as ex:
    it = ex.map(task, ["m1", "m2", "m3"], [0.1, 0.1, 0.1], [False, True, False])
    try:
        for r in it:
            print("map gave", r)
    except RuntimeError as e:
        print("map raised", e)

ex = cf.ThreadPoolExecutor(max_workers=1)
fs = [ex.submit(task, f"s{i}", 0.1) for i in range(4)]
print([f.done() for f in fs], [f.running() for f in fs])
print(fs[3].cancel(), fs[3].cancelled())
ex.shutdown(wait=True, cancel_futures=True)
print([(f.done(), f.cancelled()) for f in fs])
print([f.result() for f in fs if not f.cancelled()])

def cb(f):
    print("callback:", f.result(), threading.current_thread().name)

with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="cbpool") as ex:
    f = ex.submit(task, "late", 0.2)
    f.add_done_callback(cb)
    g = ex.submit(task, "early", 0)
    time.sleep(0.05)
    print("g done:", g.done(), "f running:", f.running())
    g.add_done_callback(cb)
print("after with")

def printer(n):
    print(f"worker {n} running in {threading.current_thread().name}")
    return n * 10

with cf.ThreadPoolExecutor(max_workers=4) as ex:
    print(sum(ex.map(printer, range(3))))
print(threading.active_count() >= 1)
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
