import threading
import time

start = time.monotonic()
def elapsed():
    return round(time.monotonic() - start, 1)

def slow(n):
    time.sleep(n)
    print(f"slow({n}) done at {elapsed()}")

a = threading.Thread(target=slow, args=(0.6,))
b = threading.Thread(target=slow, args=(0.2,))
a.start(); b.start()
print("started")
a.join(timeout=0.3)
print("join timed out at", elapsed(), "alive:", a.is_alive(), b.is_alive())
a.join()
print("joined at", elapsed(), "alive:", a.is_alive())
print("threads now:", [t.name for t in threading.enumerate()])

d = threading.Thread(target=slow, args=(5,), daemon=True)
d.start()
print("daemon:", d.daemon, "alive:", d.is_alive(), "count:", threading.active_count())
print("main ends without waiting for the daemon")
