import threading

counter = 0
lock = threading.Lock()

def add(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1

threads = [threading.Thread(target=add, args=(2000,)) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter =", counter)
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(blocking=False))
print(lock.acquire(timeout=0.05))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

r = threading.RLock()
with r:
    with r:
        print("re-entered the RLock")
holder = []
def try_take():
    holder.append(r.acquire(blocking=False))
with r:
    t = threading.Thread(target=try_take)
    t.start()
    t.join()
print("other thread could take it while held:", holder)
