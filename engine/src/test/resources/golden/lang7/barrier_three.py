import threading

order = []
def on_all_arrived():
    order.append("--- all three arrived ---")

barrier = threading.Barrier(3, action=on_all_arrived)
finished = []
running = []
done_lock = threading.Lock()

def runner(name):
    order.append(f"{name} at the start line")
    barrier.wait()
    with done_lock:
        running.append(name)
    barrier.wait()
    with done_lock:
        finished.append(name)

threads = [threading.Thread(target=runner, args=(n,)) for n in ("ann", "bob", "cid")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("\n".join(order))
print("running:", sorted(running))
print("finished:", sorted(finished))
print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)

b2 = threading.Barrier(2, timeout=0.2)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("barrier broke after its timeout:", b2.broken)
b2.reset()
print("after reset:", b2.broken)
