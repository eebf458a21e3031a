import threading

def fails():
    raise ValueError("bad input in thread")

caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))

old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=fails, name="Checker")
t.start()
t.join()
print(caught)
threading.excepthook = old

def exits():
    raise SystemExit(3)
t = threading.Thread(target=exits)
t.start(); t.join()
print("SystemExit in a thread is silent; main goes on")

results = [None] * 4
def square(i):
    results[i] = i * i
threads = [threading.Thread(target=square, args=(i,)) for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(results)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError:", e)
t = threading.Thread(target=len, args=("x",))
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
