import sys, asyncio

events = []

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    name = frame.f_code.co_name
    if event == "exception":
        arg = (arg[0].__name__, str(arg[1]))
    elif event == "return" and arg is not None and not isinstance(arg, (int, str)):
        arg = type(arg).__name__
    events.append(f"{event:<9} {name:<8} line {frame.f_lineno:>3} {arg!r}")
    return tracer

async def child(n):
    await asyncio.sleep(0)
    if n < 0:
        raise KeyError(n)
    return n * 2

async def main():
    a = await child(1)
    t = asyncio.create_task(child(2))
    b = await t
    try:
        await child(-1)
    except KeyError:
        pass
    return a + b

sys.settrace(tracer)
r = asyncio.run(main())
sys.settrace(None)
print(r)
print("\n".join(events))
