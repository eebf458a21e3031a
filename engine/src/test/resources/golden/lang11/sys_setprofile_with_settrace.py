# sys.setprofile next to sys.settrace: the order of the two hooks' events, c_call/c_return/
# c_exception around built-ins (also bound methods, f(*args), a generator driven by send()).
import sys


def prof(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return
    a = arg.__name__ if event.startswith("c_") else arg
    print("P", event, frame.f_code.co_name, a if not hasattr(a, "cr_frame") else type(a).__name__)
    return "ignored"


def tr(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return
    print("T", event, frame.f_code.co_name, frame.f_lineno)
    return tr


def f(x):
    return abs(x)


def g():
    yield 1
    yield 2


async def co():
    return 5


sys.setprofile(prof)
sys.settrace(tr)
f(-2)
sys.settrace(None)
for v in g():
    pass
c = co()
try:
    c.send(None)
except StopIteration as e:
    print("stop", e.value)
m = [3, 1, 2].sort
m()
sorted([3, 1], key=lambda v: -v)
print(*[1, 2], sep="-")
try:
    max([])
except ValueError:
    pass
print(sys.getprofile() is prof)
sys.setprofile(None)
print(sys.getprofile())
