# A local trace function sees each coroutine a generator expression yields into list(): the
# coroutines are alive in the list afterwards (no "never awaited" warning while tracing).
import sys

async def mid(i):
    return i

def tr(frame, event, arg):
    if frame.f_code.co_filename == __file__ and event == "return":
        print(event, frame.f_code.co_name, type(arg).__name__)
    return tr

sys.settrace(tr)
x = list(mid(i) for i in range(2))
sys.settrace(None)
print(len(x))
for c in x:
    c.close()
print("closed")
