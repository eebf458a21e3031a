# A thread spins until the main thread, after a sleep, sets its flag.
import threading
import time

state = {"go": False, "seen": 0}

def waiter():
    while not state["go"]:
        pass
    state["seen"] += 1
    print("waiter: go!")

t = threading.Thread(target=waiter, name="waiter")
t.start()
print("main: started", t.name, "alive", t.is_alive())
time.sleep(0.5)
print("main: setting go")
state["go"] = True
t.join()
print("seen", state["seen"], "alive", t.is_alive())
