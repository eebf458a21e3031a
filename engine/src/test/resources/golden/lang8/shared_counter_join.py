# Threads that never block add to one counter; each line of Python runs whole, so no update is lost.
import threading

counter = 0

def add(n):
    global counter
    for _ in range(n):
        counter += 1

threads = [threading.Thread(target=add, args=(50_000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)
print("all done:", not any(t.is_alive() for t in threads))
