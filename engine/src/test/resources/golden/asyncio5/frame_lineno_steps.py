# f_lineno and f_locals of a coroutine's frame at each suspension, driven by hand
import types, inspect

@types.coroutine
def pause(tag):
    got = yield tag
    return got

async def worker(n):
    total = 0
    for i in range(n):
        x = await pause(i)
        total += x or 0
    return total

c = worker(3)
print(inspect.getcoroutinestate(c), c.cr_frame.f_lineno, c.cr_frame.f_lasti >= 0)
print(sorted(c.cr_frame.f_locals.items()))
v = c.send(None)
while True:
    fr = c.cr_frame
    print("yielded", v, "line", fr.f_lineno, "locals", sorted(fr.f_locals))
    print("  awaiting", type(c.cr_await).__name__, c.cr_await.gi_frame.f_lineno)
    try:
        v = c.send(v * 10)
    except StopIteration as e:
        print("done", e.value, c.cr_frame, inspect.getcoroutinestate(c))
        break
print(c.cr_await, c.cr_running)
