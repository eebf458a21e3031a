import sys

log = []

def short(frame):
    return f"{frame.f_code.co_name}:{frame.f_lineno}"

def local_lines_only(frame, event, arg):
    log.append(f"  local {event} {short(frame)}")
    if event == "line" and frame.f_lineno == 31:
        log.append("  (switching to quiet tracer)")
        return quiet
    return local_lines_only

def quiet(frame, event, arg):
    if event == "return":
        log.append(f"  quiet saw return {arg!r}")
    return quiet

def global_tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    log.append(f"global {event} {short(frame)} arg={arg!r}")
    if frame.f_code.co_name in ("skipped", "<lambda>"):
        return None
    return local_lines_only

def skipped():
    x = 1
    return x + 1

def work(n):
    data = [i * i for i in range(n)]
    total = sum(data)
    label = (lambda v: f"<{v}>")(total)
    with open_ctx() as c:
        total += c
    return skipped() + total, label

class open_ctx:
    def __enter__(self):
        return 100
    def __exit__(self, *exc):
        return False

def failing_tracer(frame, event, arg):
    if frame.f_code.co_name == "victim" and event == "line":
        raise RuntimeError("tracer broke")
    return failing_tracer

def victim():
    a = 1
    b = 2
    return a + b

print(sys.gettrace() is None)
sys.settrace(global_tracer)
print(sys.gettrace() is global_tracer)
out = work(3)
sys.settrace(None)
print(out)
print("\n".join(log))

sys.settrace(failing_tracer)
try:
    victim()
except RuntimeError as e:
    print("caught:", e, "| trace now:", sys.gettrace())

def manual():
    frame = sys._getframe()
    seen = []
    def local(f, event, arg):
        seen.append((event, f.f_lineno))
        return local
    frame.f_trace = local
    sys.settrace(lambda *a: None)
    x = 10
    y = x * 2
    sys.settrace(None)
    z = y + 1
    print(seen, frame.f_trace is local)
    frame.f_trace_lines = False
    return z
print(manual())
f = sys._getframe()
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
try:
    f.f_trace_lines = 1
except TypeError as e:
    print("TypeError:", e)
for bad in [(), (1, 2)]:
    try:
        sys.settrace(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.gettrace(1)
except TypeError as e:
    print("TypeError:", e)
