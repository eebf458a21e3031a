import sys

events = []

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    name = frame.f_code.co_name
    shown = arg if event != "exception" else (arg[0].__name__, str(arg[1]))
    events.append(f"{event:<9} {name:<8} line {frame.f_lineno:>3} {shown!r}")
    return tracer

def square(x):
    y = x * x
    return y

def gen(n):
    for i in range(n):
        yield i * 10
    return "end"

def boom():
    raise ValueError("bad")

def caller():
    try:
        boom()
    except ValueError:
        pass
    total = square(3)
    for v in gen(2):
        total += v
    return total

print(sys.gettrace())
sys.settrace(tracer)
result = caller()
sys.settrace(None)
print(result, sys.gettrace())
print("\n".join(events))
