import threading
import time

beats = []
def heartbeat():
    while True:
        beats.append(len(beats))
        time.sleep(0.1)

t = threading.Thread(target=heartbeat, daemon=True)
t.start()
time.sleep(0.35)
print("beats so far:", beats)
print("daemon alive:", t.is_alive())
