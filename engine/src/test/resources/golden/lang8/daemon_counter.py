# A daemon thread counting forever never blocks; the main thread still gets its turns.
import threading
import time

count = 0

def spin():
    global count
    while True:
        count += 1

threading.Thread(target=spin, daemon=True).start()
time.sleep(0.1)
first = count
print("counted something:", first > 0)
time.sleep(0.1)
print("kept counting:", count > first)
print("threads:", threading.active_count())
