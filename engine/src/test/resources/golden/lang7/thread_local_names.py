import threading

data = threading.local()
data.name = "main's value"
seen = {}

def show(tag):
    data.name = tag
    me = threading.current_thread()
    seen[tag] = (me.name, me is threading.main_thread(), data.name, me.daemon)

threads = [threading.Thread(target=show, args=(f"t{i}",), name=f"Worker-{i}") for i in range(3)]
for t in threads:
    t.start()
    t.join()
print(sorted(seen.items()))
print("main still sees:", data.name)
print(threading.current_thread().name, threading.main_thread().name)
t = threading.Thread(target=lambda: None)
print(t.name.startswith("Thread-"), t.is_alive(), t.ident is None)
t.start(); t.join()
print(t.is_alive(), isinstance(t.ident, int))
anon = threading.Thread(target=print, args=("printed by a thread",))
print(anon.name.endswith("(print)"))
anon.start(); anon.join()

class Counter(threading.local):
    def __init__(self):
        self.count = 0

c = Counter()
c.count = 5
def bump():
    c.count += 1
    seen["bump"] = c.count
t = threading.Thread(target=bump); t.start(); t.join()
print("thread saw", seen["bump"], "main has", c.count)
