import threading, sys

def work(n, out):
    out.append((n, threading.current_thread().name))
    return n

out = []
t = threading.Thread(target=work, args=(1, out))
print(t.name, t.daemon, t.ident, t.native_id, t.is_alive(), repr(t))
t.start()
t.join()
print(out, t.is_alive(), repr(t).split(" ")[0], repr(t).split(" ")[1], t.ident is not None, type(t.ident).__name__)
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
u = threading.Thread(target=work, name="worker", kwargs={"n": 2, "out": out}, daemon=True)
print(repr(u))
u.start(); u.join(1.0)
print(out[-1], u.daemon, u.isDaemon(), u.getName())
try:
    u.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
v = threading.Thread()
print(v.name)
try:
    v.join()
except RuntimeError as e:
    print("RuntimeError:", e)
v.daemon = True
v.name = 42
print(repr(v.name), v.daemon)
class P:
    def __call__(self): pass
w = threading.Thread(target=P())
print(w.name)
w2 = threading.Thread(target=lambda: None)
print(w2.name)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print("AssertionError:", e)

class MyThread(threading.Thread):
    def __init__(self, k):
        super().__init__(name=f"my-{k}")
        self.k = k
        self.result = None
    def run(self):
        self.result = self.k * 2
        print("run in", threading.current_thread().name, threading.current_thread() is self)

m = MyThread(5)
m.start(); m.join()
print(m.result, repr(m).split(",")[0])

class Bad(threading.Thread):
    def __init__(self):
        pass
b = Bad()
try:
    b.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    b.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    b.name
except AssertionError as e:
    print("AssertionError:", e)

mt = threading.main_thread()
print(mt.name, mt is threading.current_thread(), repr(mt).split(" ")[0], mt.daemon, mt.is_alive())
try:
    mt.join()
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.active_count(), [x.name for x in threading.enumerate()])
print(threading.get_ident() == mt.ident, threading.get_native_id() == mt.native_id)
print(threading.currentThread() is mt, threading.activeCount())

loc = threading.local()
loc.x = 1
def see():
    print("thread sees x:", hasattr(loc, "x"))
    loc.x = 2
t = threading.Thread(target=see); t.start(); t.join()
print("main x:", loc.x)

fired = []
tm = threading.Timer(0.01, fired.append, args=["tick"])
print(tm.name.startswith("Thread-"), tm.interval, tm.args, tm.kwargs)
tm.start(); tm.join()
print(fired)
tm2 = threading.Timer(5, fired.append, ["never"])
tm2.cancel(); tm2.start(); tm2.join()
print(fired, tm2.is_alive())

def boom():
    raise ValueError("bad thing")
t = threading.Thread(target=boom, name="boomer")
t.start(); t.join()
print("after boom", t.is_alive())
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, type(args).__name__))
threading.excepthook = hook
t = threading.Thread(target=boom, name="hooked"); t.start(); t.join()
print(seen)
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=sys.exit, args=(3,)); t.start(); t.join()
print("SystemExit in a thread is silent")
print(threading.settrace(None), threading.gettrace(), threading.getprofile(), threading.stack_size())

print(repr(threading.ExceptHookArgs((KeyError, None, None, None))))
try:
    threading.ExceptHookArgs((1, 2))
except TypeError as e:
    print("TypeError:", e)
def failing_hook(args):
    raise OSError("hook failed")
threading.excepthook = failing_hook
t = threading.Thread(target=boom); t.start(); t.join()
threading.excepthook = threading.__excepthook__

class Counter(threading.local):
    def __init__(self, start):
        self.n = start
        print("Counter.__init__ in", threading.current_thread().name)
cnt = Counter(10)
cnt.n += 1
def bump():
    cnt.n += 5
    print("thread count", cnt.n, sorted(vars(cnt)))
t = threading.Thread(target=bump, name="bumper"); t.start(); t.join()
print("main count", cnt.n)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
print(type(loc).__name__, type(loc).__module__)
def inner():
    print("inside:", threading.active_count(), [x.name for x in threading.enumerate()], threading.current_thread() is not threading.main_thread())
t = threading.Thread(target=inner, name="counted"); t.start(); t.join()
f = lambda *a: None
threading.settrace(f); threading.setprofile(print)
print(threading.gettrace() is f, threading.getprofile() is print)
threading.settrace(None); threading.setprofile(None)
print(threading.gettrace(), threading.getprofile(), threading.stack_size())
for v in (100, -1, 'x'):
    try:
        print(threading.stack_size(v))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(threading.stack_size(65536), threading.stack_size(0), threading.stack_size())
