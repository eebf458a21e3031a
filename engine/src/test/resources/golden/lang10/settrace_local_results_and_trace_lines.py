import sys, collections
hits = collections.Counter()
def local(frame, event, arg):
    if event == "line":
        hits[frame.f_lineno] += 1
        if frame.f_lineno == 14:
            return None
    return local
def glob(frame, event, arg):
    return local if frame.f_code.co_name == "work" else None
def work():
    total = 0
    for i in range(3):
        total += i
    return total
sys.settrace(glob)
work()
sys.settrace(None)
print(sorted(hits.items()))
def tracer2(frame, event, arg):
    print("T", event, frame.f_code.co_name, frame.f_lineno)
    if event == "call":
        frame.f_trace_lines = False
    return tracer2
def small(a):
    b = a + 1
    return b
sys.settrace(tracer2)
small(1)
sys.settrace(None)
def deleter(frame, event, arg):
    print("D", event, frame.f_code.co_name)
    if event == "line":
        frame.f_trace = None
    return deleter
sys.settrace(deleter)
small(2)
sys.settrace(None)
