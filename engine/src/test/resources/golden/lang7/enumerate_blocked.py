import threading

gate = threading.Event()
def parked():
    gate.wait()

ts = [threading.Thread(target=parked, name=f"parked-{i}") for i in range(3)]
for t in ts:
    t.start()
print(threading.active_count(), [t.name for t in threading.enumerate()])
print([t.is_alive() for t in ts])
r = repr(ts[0])
print(r.startswith("<Thread(parked-0, started "), r.endswith(")>"))
gate.set()
for t in ts:
    t.join()
print(threading.active_count(), [t.is_alive() for t in ts])
print(repr(ts[0]).startswith("<Thread(parked-0, stopped "))
lock = threading.Lock()
lock.acquire()
out = []
def impatient():
    out.append(lock.acquire(timeout=0.2))
t = threading.Thread(target=impatient)
t.start(); t.join()
print("worker got the lock:", out)
lock.release()
def patient():
    out.append(lock.acquire(timeout=1))
    lock.release()
lock.acquire()
t = threading.Thread(target=patient)
t.start()
import time
time.sleep(0.1)
lock.release()
t.join()
print(out)
