# Closing a coroutine or generator that never started runs its frame under sys.settrace and
# sys.setprofile in CPython 3.11 (GeneratorExit at the first line); without them nothing shows.
import asyncio
import sys

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return tracer
    extra = type(arg).__name__ if event == "exception" else ""
    if event == "exception":
        extra = arg[0].__name__
    print("  trace", event, frame.f_code.co_name, frame.f_lineno - base, extra)
    return tracer

def profiler(frame, event, arg):
    if event in ("call", "return") and frame.f_code.co_filename == __file__:
        print("  profile", event, frame.f_code.co_name)

base = sys._getframe().f_lineno

async def job(n):
    try:
        print("job body", n)
    finally:
        print("job finally", n)

def numbers():
    try:
        yield 1
    finally:
        print("numbers finally")

print("settrace:")
sys.settrace(tracer)
c = job(1)
c.close()
c.close()
g = numbers()
g.close()
sys.settrace(None)
print("states:", c.cr_frame, g.gi_frame)

print("setprofile:")
sys.setprofile(profiler)
job(2).close()
numbers().close()
sys.setprofile(None)

print("inside a task:")
async def main():
    sys.settrace(tracer)
    c = job(3)
    c.close()
    sys.settrace(None)
    try:
        c.send(None)
    except RuntimeError as e:
        print("send after close:", e)
asyncio.run(main())
print("plain close:")
job(4).close()
print("end")
