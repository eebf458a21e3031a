import sys, threading
log = []
def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        log.append((threading.current_thread().name, event, frame.f_code.co_name))
        return tracer
def work(n):
    total = 0
    for i in range(n):
        total += i
    return total
sys.settrace(tracer)
t = threading.Thread(target=work, args=(2,), name="worker")
t.start()
t.join()
work(1)
sys.settrace(None)
for e in log:
    print(e)
threading.settrace(tracer)
log.clear()
t = threading.Thread(target=work, args=(1,), name="traced-worker")
t.start(); t.join()
threading.settrace(None)
print(sorted(set(log)))
print(threading.gettrace())
