import threading, time

last = time.monotonic()
def took(expected):
    # The time since the last call, against what CPython's threads take (with some slack).
    global last
    t = time.monotonic()
    spent, last = t - last, t
    return f"~{expected}s" if expected - 0.06 <= spent <= expected + 0.09 else f"{spent:.2f}s?"

ev = threading.Event()
threading.Timer(0.3, ev.set).start()
print("event wait ->", ev.wait(), took(0.3))
ev2 = threading.Event()
threading.Timer(0.5, ev2.set).start()
print("event wait(0.2) ->", ev2.wait(0.2), took(0.2))
print("event wait(1) ->", ev2.wait(1), took(0.3))

lock = threading.Lock()
lock.acquire()
threading.Timer(0.2, lock.release).start()
print("lock acquire ->", lock.acquire(), took(0.2), lock.locked())
lock.release()

sem = threading.Semaphore(0)
threading.Timer(0.4, sem.release).start()
print("semaphore acquire(timeout=0.1) ->", sem.acquire(timeout=0.1), took(0.1))
print("semaphore acquire ->", sem.acquire(), took(0.3))

cond = threading.Condition()
items = []
def produce(x):
    with cond:
        items.append(x)
        cond.notify()
threading.Timer(0.3, produce, ["first"]).start()
threading.Timer(0.6, produce, ["second"]).start()
with cond:
    print("wait ->", cond.wait(), items, took(0.3))
    print("wait_for ->", cond.wait_for(lambda: len(items) == 2), items, took(0.3))
    print("wait_for(timeout) ->", cond.wait_for(lambda: len(items) == 3, timeout=0.25), took(0.25))
r = threading.RLock()
c2 = threading.Condition(r)
def poke():
    with c2:
        c2.notify_all()
threading.Timer(0.1, poke).start()
with c2:
    with c2:
        print("rlock condition wait ->", c2.wait(5), took(0.1), repr(r).split(" count=")[1].split()[0])
done = []
tm = threading.Timer(0.2, done.append, ["x"])
tm.start()
print("is_alive before due:", tm.is_alive(), done)
time.sleep(0.3)
print("after sleeping past it:", done, tm.is_alive(), took(0.3))
