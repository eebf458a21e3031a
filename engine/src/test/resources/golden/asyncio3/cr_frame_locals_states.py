import types

@types.coroutine
def pause(v):
    got = yield v
    return got

async def worker(a, b=2):
    x = a + b
    y = await pause(x)
    z = y * 2
    w = await pause(z)
    return x, y, z, w

c = worker(1)
print("unstarted locals:", c.cr_frame.f_locals)
print("lineno unstarted:", c.cr_frame.f_lineno - worker.__code__.co_firstlineno)
print("first send ->", c.send(None))
print("locals 1:", c.cr_frame.f_locals)
print("cr_await type:", type(c.cr_await).__name__, c.cr_await.gi_frame.f_locals)
print("second ->", c.send(10))
print("locals 2:", sorted(c.cr_frame.f_locals.items()))
try:
    c.send(7)
except StopIteration as e:
    print("done:", e.value, e.args)
print("frame after:", c.cr_frame, "await after:", c.cr_await)
print("running/suspended:", c.cr_running, c.cr_suspended)
c2 = worker(5, b=5)
c2.close()
print("closed frame:", c2.cr_frame)
