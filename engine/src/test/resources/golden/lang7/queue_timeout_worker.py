import queue
import threading
import time

q = queue.Queue()
handled = []
def worker():
    while True:
        try:
            item = q.get(timeout=0.5)
        except queue.Empty:
            handled.append("idle, stopping")
            return
        handled.append(item)
        q.task_done()

t = threading.Thread(target=worker)
t.start()
for i in range(3):
    q.put(i)
    time.sleep(0.1)
q.join()
print("joined queue")
t.join()
print(handled)
