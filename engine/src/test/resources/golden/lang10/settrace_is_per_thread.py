import sys, threading
log = []
def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__ and event != "line":
        log.append((threading.current_thread().name, event, frame.f_code.co_name))
        return tracer
def step(tag):
    return tag
def worker(ev_go, ev_done):
    sys.settrace(tracer)
    seen.append(sys.gettrace() is tracer)
    ev_go.wait()
    step("in worker")
    sys.settrace(None)
    ev_done.set()
seen = []
go, done = threading.Event(), threading.Event()
t = threading.Thread(target=worker, args=(go, done), name="W")
t.start()
print("main trace before:", sys.gettrace())
step("main untraced")
sys.settrace(tracer)
step("main traced")
go.set()
done.wait()
step("main after worker")
sys.settrace(None)
t.join()
print("worker saw its own trace function:", seen)
for e in log:
    print(e)
