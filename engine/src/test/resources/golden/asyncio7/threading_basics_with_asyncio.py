import threading, asyncio, time
def worker(n):
    print("worker", n, threading.current_thread().name)
    if n == 3:
        raise ValueError("bad n")
t = threading.Thread(target=worker, args=(1,))
print(t.name, t.is_alive(), t.daemon, t.ident)
t.start(); t.join()
print(t.is_alive())
try: t.start()
except RuntimeError as e: print(e)
try: threading.Thread(target=worker).join()
except RuntimeError as e: print(e)
t3 = threading.Thread(target=worker, args=(3,), name="three"); t3.start(); t3.join()
class MyT(threading.Thread):
    def run(self): print("MyT run", self.name)
m = MyT(); m.start(); m.join()
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
l = threading.Lock(); print(l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01)); l.release()
try: l.release()
except RuntimeError as e: print(e)
r = threading.RLock(); r.acquire(); r.acquire(); r.release(); r.release()
try: r.release()
except RuntimeError as e: print(e)
e = threading.Event(); print(e.is_set(), e.wait(0.01)); e.set(); print(e.wait())
print(type(threading.get_ident()).__name__, threading.get_ident() == threading.main_thread().ident)
async def main():
    def blocking(x):
        time.sleep(0.01)
        return threading.current_thread().name, x
    print(await asyncio.to_thread(blocking, 1))
    print(await asyncio.to_thread(blocking, 2))
    res = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(3)))
    print(sorted(n for n, _ in res), [x for _, x in res])
    r = await asyncio.get_running_loop().run_in_executor(None, blocking, 9)
    print(r[0].startswith("asyncio_"), r[1])
asyncio.run(main())
asyncio.run(main())
print(threading.Thread(target=worker).name, threading.Thread().name)
lock = threading.Lock()
counter = 0
def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
threads = [threading.Thread(target=add, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter, "alive:", [t.is_alive() for t in threads])
print(repr(threading.Lock()).split(" object")[0], repr(threading.Event()).split(" at ")[0])
