import threading
import time

def ticker(name, period, count):
    for i in range(count):
        time.sleep(period)
        print(f"{name} tick {i}")

a = threading.Thread(target=ticker, args=("fast", 0.2, 4))
b = threading.Thread(target=ticker, args=("slow", 0.5, 2))
a.start()
b.start()
print("main: both started")
time.sleep(0.7)
print("main: woke up")
a.join()
b.join()
print("main: all done")
