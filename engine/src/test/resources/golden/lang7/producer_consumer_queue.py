import queue
import threading

tasks = queue.Queue()
results = []
results_lock = threading.Lock()
stopped = []

def worker(name):
    while True:
        item = tasks.get()
        if item is None:
            stopped.append(name)
            tasks.task_done()
            return
        with results_lock:
            results.append((item, item * item))
        tasks.task_done()

workers = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(3)]
for w in workers:
    w.start()
print("started", threading.active_count(), "threads")
for n in range(1, 11):
    tasks.put(n)
tasks.join()
print("all tasks done, unfinished:", tasks.unfinished_tasks)
print(sorted(results))
print("sum of squares:", sum(sq for _, sq in results))
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
print("stopped:", sorted(stopped))
print("alive:", [w.is_alive() for w in workers], "active:", threading.active_count())
