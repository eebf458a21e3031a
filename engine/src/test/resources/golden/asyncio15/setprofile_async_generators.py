import sys, asyncio

log = []
def prof(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return
    if event.startswith("c_"):
        log.append(f"{event} {frame.f_code.co_name} {arg.__name__}")
    else:
        log.append(f"{event} {frame.f_code.co_name} {type(arg).__name__}")

async def agen():
    for i in range(2):
        yield i
        await asyncio.sleep(0)

def gen():
    x = yield 1
    yield x

async def main():
    async for v in agen():
        pass
    g = gen()
    next(g)
    g.send(5)
    g.close()
    try:
        g.throw(ValueError)
    except ValueError:
        pass
    return [v async for v in agen()]

sys.setprofile(prof)
asyncio.run(main())
sys.setprofile(None)
print("\n".join(log))
