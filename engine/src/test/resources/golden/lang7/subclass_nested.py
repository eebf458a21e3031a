import threading
from concurrent.futures import Future

class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"worker-{n}")
        self.n = n
        self.result = None
    def run(self):
        inner = threading.Thread(target=self.helper)
        inner.start()
        inner.join()
        self.result = self.n * 100
    def helper(self):
        self.helper_ran = threading.current_thread() is not self

w = Worker(7)
w.start()
w.join()
print(w.name, w.result, w.helper_ran)

f = Future()
got = []
t = threading.Thread(target=lambda: got.append(f.result(timeout=2)))
t.start()
f.set_result("answer")
t.join()
print(got)
f2 = Future()
try:
    f2.result(timeout=0.1)
except TimeoutError:
    print("TimeoutError")
