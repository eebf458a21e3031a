import threading
import time

start = time.monotonic()
def say(msg):
    print(f"{msg} at {time.monotonic() - start:.1f}s")

t1 = threading.Timer(0.5, say, args=("half a second",))
t2 = threading.Timer(0.2, say, args=("fifth of a second",))
t3 = threading.Timer(0.3, say, kwargs={"msg": "never"})
t1.start(); t2.start(); t3.start()
t3.cancel()
print("t3 cancelled, alive:", t3.is_alive())
time.sleep(0.3)
print("main slept 0.3 at", round(time.monotonic() - start, 1))
t1.join()
print("alive after join:", t1.is_alive(), t2.is_alive(), t3.is_alive())
print(t1.finished.is_set(), t3.finished.is_set())
