import sys, asyncio

log = []

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__ or frame.f_code.co_name == "tracer":
        return None
    if event == "exception":
        arg = (arg[0].__name__, str(arg[1]), arg[2] is not None)
    if not isinstance(arg, (int, str, tuple, type(None))):
        arg = type(arg).__name__
    log.append((event, frame.f_code.co_name, frame.f_lineno, arg))
    return tracer

def worker():
    try:
        while True:
            try:
                x = yield
                log.append(("got", x))
            except KeyError as e:
                log.append(("handled", str(e)))
    finally:
        log.append(("closing",))

def middle():
    return (yield from worker())

async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "cancelled-returned"

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel()
    return await t

sys.settrace(tracer)
g = middle()
next(g)
g.send(1)
g.throw(KeyError("k"))
g.close()
r = asyncio.run(main())
it = iter([1, 2])
for v in it:
    pass
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
total = sum(x for x in Counter())
for v in Counter():
    pass
sys.settrace(None)
print(r, total)
for entry in log:
    print(entry)
