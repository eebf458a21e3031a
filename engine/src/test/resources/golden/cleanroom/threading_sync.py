import threading, sys, time

# Locks
l = threading.Lock()
print(type(l).__name__, type(l).__module__, l.locked(), l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    l.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    l.acquire(timeout=-2)
except ValueError as e:
    print("ValueError:", e)
with l:
    print("in with", l.locked())
print(l.locked(), repr(l).split(" at ")[0])
r = threading.RLock()
print(r.acquire(), r.acquire(), repr(r).split(" owner=")[0], repr(r).split(" count=")[1].split(" ")[0])
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(r).split(" at ")[0])
with r:
    with r:
        print("nested rlock ok")

# Condition
c = threading.Condition()
try:
    c.wait(0)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
with c:
    print("wait(0.01) ->", c.wait(0.01))
    print("wait_for true ->", c.wait_for(lambda: 5))
    print("wait_for false ->", c.wait_for(lambda: 0, timeout=0.01))
    c.notify(); c.notify_all()
c2 = threading.Condition(threading.Lock())
with c2:
    print("cond with Lock", c2.wait(0))
print(c2.acquire(), c2.acquire(False)); c2.release()

# Semaphores
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(2)
print(repr(s).split(" at ")[0], repr(s).split(": ")[1])
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
b = threading.BoundedSemaphore(1)
with b:
    print("bounded", repr(b).split(": ")[1])
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01), repr(ev).split(" at ")[0], repr(ev).split(": ")[1])
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(0), repr(ev).split(": ")[1])
ev.clear()
print(ev.is_set())

# Barrier with one party
bar = threading.Barrier(1, action=lambda: print("barrier action"))
print(bar.parties, bar.n_waiting, bar.broken, bar.wait(), bar.wait())
bar.abort()
print(bar.broken)
try:
    bar.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", type(e).__mro__[1].__name__, repr(e))
bar.reset()
print(bar.broken)
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)
print(threading.ThreadError is RuntimeError, threading.TIMEOUT_MAX > 1e6)
