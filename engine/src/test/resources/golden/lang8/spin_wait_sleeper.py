# A spin-wait on a flag that a sleeping thread sets: the busy thread gives the others a turn.
import threading
import time

done = False

def worker():
    global done
    time.sleep(0.2)
    print("worker: setting the flag")
    done = True

t = threading.Thread(target=worker)
t.start()
spins = 0
while not done:
    spins += 1
print("main: saw the flag, spun", "more than once" if spins > 1 else "once")
t.join()
print("alive after join:", t.is_alive())
