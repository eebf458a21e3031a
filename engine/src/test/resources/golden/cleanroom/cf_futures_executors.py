import concurrent.futures as cf
import threading
import time


def state(f):
    r = repr(f)
    return r[r.index("state="):-1]


# Callbacks: order, after done, on cancel, failing ones logged
log = []
f = cf.Future()
f.add_done_callback(lambda x: log.append(("first", x.cancelled())))
f.add_done_callback(lambda x: log.append(("second", x.done())))
print(f.cancel(), log, state(f))
f.add_done_callback(lambda x: log.append(("late", x.cancelled())))
print(log)
g = cf.Future()
g.add_done_callback(lambda x: x.missing_attribute)
g.set_result(7)
g.add_done_callback(lambda x: 1 / 0)
print("callbacks that fail are logged, result still", g.result())

# States and their errors
h = cf.Future()
print(h.set_running_or_notify_cancel(), state(h), h.cancel(), h.cancelled(), h.running())
import logging
class Show(logging.Handler):
    def emit(self, record):
        print("logged:", record.levelname, record.name, record.msg, len(record.args))
cf_log = logging.getLogger("concurrent.futures")
cf_log.addHandler(Show())
cf_log.propagate = False
try:
    h.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)
cf_log.handlers.clear()
cf_log.propagate = True
h.set_exception(OSError(2, "gone"))
print(state(h), repr(h.exception()), h.done(), h.running())
try:
    h.set_exception(ValueError())
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0], state(h) in str(e))
try:
    h.result()
except OSError as e:
    print("result re-raises", type(e).__name__, e.errno)
c = cf.Future()
c.cancel()
print(c.set_running_or_notify_cancel(), state(c), c.cancel(), c.done())
for meth in (c.result, c.exception):
    try:
        meth(0)
    except cf.CancelledError as e:
        print(meth.__name__, "CancelledError", repr(e))
try:
    c.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])
n = cf.Future()
n.set_result(None)
print(state(n), n.result(), n.exception(0))

# Executor base class and pool arguments
try:
    cf.Executor().submit(print)
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
with cf.Executor() as base:
    print("base executor context:", type(base).__name__)
for kwargs in ({"max_workers": -1}, {"initializer": 5}):
    try:
        cf.ThreadPoolExecutor(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
named = cf.ThreadPoolExecutor(thread_name_prefix="named")
print(named._thread_name_prefix)
a = cf.ThreadPoolExecutor()
b = cf.ThreadPoolExecutor()
print(a._thread_name_prefix[:-1], int(b._thread_name_prefix[-1]) - int(a._thread_name_prefix[-1]))
print(a.submit(lambda: threading.current_thread().name).result()[-2:])
a.shutdown(); b.shutdown(); named.shutdown()
try:
    a.submit(print)
except RuntimeError as e:
    print("RuntimeError:", e)
a.shutdown()
print("second shutdown is fine")

# map: order, timeout, closing it cancels the rest
def slow(x, delay):
    time.sleep(delay)
    return x * x

with cf.ThreadPoolExecutor(max_workers=1) as ex:
    results = ex.map(slow, [1, 2, 3], [0.05, 0.05, 0.05])
    print(type(results).__name__, results.__qualname__, next(results))
    results.close()
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    try:
        for r in ex.map(slow, [1, 2, 3, 4], [0.01, 0.5, 0.01, 0.01], timeout=0.2):
            print("map result", r)
    except TimeoutError as e:
        print("map timed out", type(e).__name__, repr(e))
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(pow, [2, 3], [5, 2], [100, 100])), list(ex.map(abs, [])))

# shutdown(cancel_futures=True) cancels what no worker took yet
ex = cf.ThreadPoolExecutor(max_workers=1)
fs = [ex.submit(slow, i, 0.05) for i in range(4)]
time.sleep(0.01)
ex.shutdown(cancel_futures=True)
print([state(f) for f in fs])
ex = cf.ThreadPoolExecutor(max_workers=1)
fs = [ex.submit(slow, i, 0.02) for i in range(3)]
ex.shutdown(wait=False)
print(cf.wait(fs).not_done, [f.result() for f in fs])

# wait / as_completed details
done = cf.Future(); done.set_result(1)
both = cf.wait([done, done])
print(len(both.done), both.not_done, type(both).__name__, type(both).__mro__[1].__name__, both._fields)
r = cf.wait([], timeout=0)
print(r, r.done is not None)
print(list(cf.as_completed([])))
pend = cf.Future()
try:
    for x in cf.as_completed([done, pend], timeout=0.01):
        print("as_completed gave", x.result())
except cf.TimeoutError as e:
    print("TimeoutError:", e)
print(cf.wait([done, pend], timeout=0.01, return_when=cf.FIRST_COMPLETED).done == {done})
err = cf.Future(); err.set_exception(KeyError(1))
w = cf.wait([pend, err], return_when=cf.FIRST_EXCEPTION)
print(len(w.done), len(w.not_done))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(cf.Future.__module__, cf.ThreadPoolExecutor.__module__, cf.Executor.__module__, cf.wait.__module__)
