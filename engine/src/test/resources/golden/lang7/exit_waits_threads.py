import threading
import time

def late(n):
    time.sleep(0.2 * n)
    print("late thread", n, "finishing")

for n in (2, 1):
    threading.Thread(target=late, args=(n,)).start()
print("main is done; the interpreter waits for the threads")
