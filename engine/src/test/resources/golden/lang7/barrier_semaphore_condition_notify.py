import threading
b = threading.Barrier(3)
idx = []
lock = threading.Lock()
def w():
    i = b.wait()
    with lock:
        idx.append(i)
ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(idx))
b2 = threading.Barrier(3)
errs = []
def w2():
    try:
        b2.wait()
    except threading.BrokenBarrierError:
        errs.append("broken")
ts = [threading.Thread(target=w2) for _ in range(2)]
for t in ts: t.start()
print("waiting:", b2.n_waiting)
b2.abort()
for t in ts: t.join()
print(errs, b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("still broken")
b2.reset()
print(b2.broken, b2.n_waiting)
sem = threading.Semaphore(0)
got = []
def taker(n):
    sem.acquire()
    with lock:
        got.append(n)
ts = [threading.Thread(target=taker, args=(i,)) for i in range(3)]
for t in ts: t.start()
sem.release(2)
import time
time.sleep(0.1)
print(len(got))
sem.release()
for t in ts: t.join()
print(sorted(got))
cv = threading.Condition(threading.Lock())
woken = []
def sleeper(n):
    with cv:
        cv.wait()
        woken.append(n)
ts = [threading.Thread(target=sleeper, args=(i,)) for i in range(4)]
for t in ts: t.start()
with cv:
    cv.notify(2)
time.sleep(0.1)
print(len(woken))
with cv:
    cv.notify_all()
for t in ts: t.join()
print(sorted(woken))
