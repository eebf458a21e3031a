import concurrent.futures as cf
import time


def state(f):
    r = repr(f)
    return r[r.index("state="):-1]


f = cf.Future()
print(state(f), f.running(), f.done())
print(f.set_running_or_notify_cancel(), state(f), f.running(), f.cancel())
f.set_result([1, 2])
print(state(f), f.result(), f.exception())
g = cf.Future()
g.set_exception(KeyError("k"))
print(state(g), repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print("KeyError", e)
h = cf.Future()
print(h.cancel(), h.cancel(), state(h), h.set_running_or_notify_cancel(), state(h))
try:
    h.exception()
except cf.CancelledError:
    print("exception() on cancelled raises CancelledError")
try:
    h.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])
p = cf.Future()
try:
    p.result(timeout=0)
except TimeoutError:
    print("result(timeout=0) on pending: TimeoutError")
try:
    p.exception(timeout=0.01)
except cf.TimeoutError:
    print("exception(timeout=0.01): TimeoutError")
print(cf.Future[int], cf.CancelledError.__mro__[1].__name__, cf.TimeoutError is TimeoutError)
print(cf.CancelledError.__mro__[1:3], cf.BrokenExecutor.__mro__[1])

calls = []
f = cf.Future()
f.add_done_callback(lambda fut: calls.append(("a", fut.result())))
f.add_done_callback(lambda fut: 1 / 0)
f.add_done_callback(lambda fut: calls.append(("c", fut.result())))
f.set_result("v")
print(calls)

with cf.ThreadPoolExecutor(max_workers=1) as ex:
    slow = ex.submit(time.sleep, 0.2)
    queued = ex.submit(pow, 2, 8)
    print(state(slow), state(queued))
    time.sleep(0.1)
    print(state(slow), state(queued), queued.cancel())
    again = ex.submit(pow, 3, 3)
    print(again.result(), state(slow), state(queued))
done, not_done = cf.wait([f, slow, again])
print(len(done), len(not_done))
print([x.result() for x in cf.as_completed([again, again])])
try:
    list(ex.map(abs, [1]))
except RuntimeError as e:
    print("RuntimeError:", e)
