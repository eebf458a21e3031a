import threading
import time

stop = threading.Event()
count = 0
def work():
    global count
    while not stop.is_set():
        count += 1
        stop.wait(0.1)
    print("worker stopping after", count, "rounds")

t = threading.Thread(target=work)
t.start()
time.sleep(0.55)
stop.set()
t.join()
print("main done")
