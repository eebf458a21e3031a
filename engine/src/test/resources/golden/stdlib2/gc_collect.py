import gc

async def work(n):
    return n * 2

class Holder:
    def __init__(self):
        self.me = self
        self.coro = work(1)

print(isinstance(gc.collect(), int), gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.get_threshold(), len(gc.get_count()))
h = Holder()
h = None
print("before collect")
gc.collect()
print("after collect")
c = work(2)
del c
gc.collect()
print("done", gc.garbage, gc.callbacks)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
