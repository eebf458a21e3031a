import sys, asyncio

events = []
def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    name = frame.f_code.co_name
    if event == "exception":
        events.append((event, name, arg[0].__name__))
    elif event == "return":
        events.append((event, name, type(arg).__name__))
    else:
        events.append((event, name, frame.f_lineno))
    return tracer

async def leaf():
    await asyncio.sleep(0)
    raise KeyError("k")

async def branch():
    try:
        await leaf()
    except KeyError:
        return "handled"

async def main():
    r = await branch()
    t = asyncio.create_task(branch())
    await t
    return r

sys.settrace(tracer)
asyncio.run(main())
sys.settrace(None)
for e in events:
    print(*e)
