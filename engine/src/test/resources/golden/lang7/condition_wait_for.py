import threading

stock = []
cond = threading.Condition()
eaten = []

def consumer(name, want):
    with cond:
        ok = cond.wait_for(lambda: len(stock) >= want, timeout=5)
        taken = [stock.pop(0) for _ in range(want)]
        eaten.append((name, taken, ok))

c1 = threading.Thread(target=consumer, args=("alice", 2))
c1.start()
for i in range(4):
    with cond:
        stock.append(f"cake{i}")
        cond.notify_all()
c1.join()
print(eaten)
print("left:", stock)

with cond:
    print("wait with timeout:", cond.wait(timeout=0.1))
    print("wait_for already true:", cond.wait_for(lambda: True))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
