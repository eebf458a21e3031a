import inspect

class Pause:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        try:
            print(f"  [{self.label}] suspending")
            got = yield self.label
            print(f"  [{self.label}] resumed with {got!r}")
            return got
        finally:
            print(f"  [{self.label}] awaitable finally")

async def task():
    try:
        a = await Pause("one")
        b = await Pause("two")
        return a + b
    finally:
        print("  coroutine finally")

c = task()
print(inspect.getcoroutinestate(c))
print("yielded", c.send(None))
print(inspect.getcoroutinestate(c), type(c.cr_await).__name__)
print("yielded", c.send(10))
print("cr_await is a generator:", inspect.isgenerator(c.cr_await))
c.close()
print(inspect.getcoroutinestate(c), c.cr_await)

c2 = task()
c2.send(None)
try:
    c2.throw(KeyError("boom"))
except KeyError as e:
    print("throw propagated", repr(e))
print(inspect.getcoroutinestate(c2))

c3 = task()
c3.send(None)
c3.send(1)
try:
    c3.send(2)
except StopIteration as e:
    print("returned", e.value)
try:
    c3.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
