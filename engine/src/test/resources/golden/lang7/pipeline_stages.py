import queue
import threading

raw = queue.Queue()
cooked = queue.Queue(maxsize=2)
DONE = object()

def reader():
    for word in ["alpha", "beta", "gamma", "delta", "epsilon"]:
        raw.put(word)
    raw.put(DONE)

def upper():
    while True:
        w = raw.get()
        if w is DONE:
            cooked.put(DONE)
            return
        cooked.put(w.upper())

out = []
def writer():
    while True:
        w = cooked.get()
        if w is DONE:
            return
        out.append(w)

stages = [threading.Thread(target=f) for f in (reader, upper, writer)]
for s in stages:
    s.start()
for s in stages:
    s.join()
print(out)
print(raw.empty(), cooked.empty(), cooked.full(), cooked.qsize())
try:
    raw.get_nowait()
except queue.Empty:
    print("Empty raised")
full = queue.Queue(1)
full.put(1)
try:
    full.put(2, timeout=0.1)
except queue.Full:
    print("Full raised after the timeout")
lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for x in [3, 1, 2]:
    lifo.put(x); prio.put(x)
print([lifo.get() for _ in range(3)], [prio.get() for _ in range(3)])
