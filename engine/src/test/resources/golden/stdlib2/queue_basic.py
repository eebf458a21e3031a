import queue

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), type(e))
try:
    q.get(timeout=0.5)
except queue.Empty:
    print("timed out")
b = queue.Queue(maxsize=2)
b.put("a")
b.put_nowait("b")
print(b.full(), b.qsize(), b.maxsize)
try:
    b.put_nowait("c")
except queue.Full as e:
    print("Full", repr(e), type(e))
try:
    b.put("c", block=False)
except queue.Full:
    print("Full again")
try:
    b.put("c", timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(b.get(), b.get())
b.task_done()
b.task_done()
try:
    b.task_done()
except ValueError as e:
    print("ValueError:", e)
b.join()
print("joined", b.unfinished_tasks)

l = queue.LifoQueue()
for w in "abc":
    l.put(w)
print([l.get() for _ in range(3)])
p = queue.PriorityQueue()
for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "alpha")]:
    p.put(item)
out = []
while not p.empty():
    out.append(p.get_nowait())
print(out)
s = queue.SimpleQueue()
s.put(1)
s.put(2)
print(s.qsize(), s.get(), s.get(), s.empty())
try:
    s.get(block=False)
except queue.Empty:
    print("simple empty")
print(issubclass(queue.Empty, Exception), queue.Queue[int])
q2 = queue.Queue()
q2.put(None)
print(q2.get(), q2.queue)


def producer(q, n):
    for i in range(n):
        q.put(f"job{i}")


def consumer(q):
    done = []
    while True:
        try:
            done.append(q.get_nowait())
            q.task_done()
        except queue.Empty:
            return done

jobs = queue.Queue()
producer(jobs, 4)
print(consumer(jobs))
