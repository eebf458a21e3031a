import threading
import queue

results = []
lock = threading.Lock()
def worker(n):
    total = sum(range(n * 1000))
    with lock:
        results.append((n, total))
threads = [threading.Thread(target=worker, args=(i,), name=f"w{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.name for t in threads], [t.is_alive() for t in threads], threading.current_thread().name, threading.main_thread() is threading.current_thread())
counter = 0
def inc():
    global counter
    for _ in range(10000):
        with lock:
            counter += 1
ts = [threading.Thread(target=inc) for _ in range(3)]
[t.start() for t in ts]
[t.join() for t in ts]
print(counter)
q = queue.Queue()
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
def consumer(out):
    while (item := q.get()) is not None:
        out.append(item * item)
        q.task_done()
    q.task_done()
out = []
c = threading.Thread(target=consumer, args=(out,))
p = threading.Thread(target=producer)
c.start(); p.start(); p.join(); c.join()
print(out, q.empty())
ev = threading.Event()
log = []
def waiter():
    ev.wait()
    log.append("woke")
w = threading.Thread(target=waiter)
w.start()
log.append("setting")
ev.set()
w.join()
print(log)
def boom():
    raise ValueError("in thread")
t = threading.Thread(target=boom, name="bad")
t.start()
t.join()
print("main continues after thread error")
local = threading.local()
local.x = "main"
def see_local():
    print("thread sees x?", hasattr(local, "x"))
    local.x = "thread"
tt = threading.Thread(target=see_local)
tt.start(); tt.join()
print(local.x)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError:", e)
t2 = threading.Thread(target=print, args=("started once",))
t2.start(); t2.join()
try:
    t2.start()
except RuntimeError as e:
    print("RuntimeError:", e)
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
timer_log = []
tm = threading.Timer(0.01, timer_log.append, args=("timer fired",))
tm.start(); tm.join()
print(timer_log, threading.active_count())
