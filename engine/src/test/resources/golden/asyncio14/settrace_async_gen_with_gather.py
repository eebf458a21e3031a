import sys, asyncio

log = []

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__ or frame.f_code.co_name == "tracer":
        return None
    if event == "exception":
        arg = f"{arg[0].__name__}({arg[1]})"
    elif event == "return" and not isinstance(arg, (int, str, type(None), tuple, list)):
        arg = type(arg).__name__
    local_names = sorted(k for k in frame.f_locals if not k.startswith("_"))
    log.append(f"{event:<9} {frame.f_code.co_name:<10} {frame.f_lineno:>3} {arg!r:<28} {local_names}")
    return tracer

class Resource:
    async def __aenter__(self):
        await asyncio.sleep(0)
        return "res"
    async def __aexit__(self, et, ev, tb):
        return et is ValueError

async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

async def gen_user():
    got = [x async for x in ticker(2)]
    async with Resource() as r:
        raise ValueError(r)
    return got

def plain_gen():
    try:
        yield 1
        yield 2
    finally:
        pass

async def main():
    results = await asyncio.gather(gen_user(), asyncio.sleep(0, "slept"))
    g = plain_gen()
    next(g)
    g.close()
    return results

sys.settrace(tracer)
out = asyncio.run(main())
sys.settrace(None)
print(out)
print("\n".join(log))
