import threading, queue, time
q = queue.Queue(maxsize=1)
log = []
def slow_consumer():
    for _ in range(3):
        time.sleep(0.2)
        log.append(("got", q.get()))
t = threading.Thread(target=slow_consumer)
t.start()
start = time.monotonic()
for i in range(3):
    q.put(i)
    log.append(("put", i))
t.join()
for entry in log:
    print(entry)
try:
    q.put_nowait(1); q.put_nowait(2)
except queue.Full:
    print("Full", q.qsize(), q.full())
q2 = queue.Queue()
print(q2.get(timeout=0) if not q2.empty() else "empty")
try:
    q2.get(block=False)
except queue.Empty as e:
    print(type(e).__module__, repr(e))
sq = queue.SimpleQueue()
def put_later():
    time.sleep(0.1)
    sq.put("late")
threading.Thread(target=put_later).start()
print(sq.get(), sq.empty())
try:
    q2.task_done()
except ValueError as e:
    print(e)
