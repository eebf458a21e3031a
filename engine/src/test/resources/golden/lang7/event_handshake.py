import threading
import time

ready = threading.Event()
go = threading.Event()
log = []

def worker():
    log.append("worker: preparing")
    time.sleep(0.2)
    log.append("worker: ready")
    ready.set()
    if go.wait(timeout=2):
        log.append("worker: got the go signal")
    else:
        log.append("worker: gave up")

t = threading.Thread(target=worker, name="helper")
t.start()
print("waiting for worker...", ready.is_set())
print("ready.wait() ->", ready.wait())
print("ready is set:", ready.is_set(), "go is set:", go.is_set())
go.set()
t.join()
for line in log:
    print(line)
print("timeout wait ->", threading.Event().wait(0.1))
e = threading.Event()
e.set(); e.clear()
print("cleared:", e.is_set(), e.wait(0.05))
