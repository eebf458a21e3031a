# datetime and decimal are C code in CPython: a profile function sees their methods as
# c_call/c_return events (no Python frames), as it sees str.upper.
import sys
import datetime
import decimal

def describe(arg):
    name = getattr(arg, "__qualname__", None) or getattr(arg, "__name__", "?")
    owner = getattr(arg, "__self__", None)
    kind = type(owner).__name__ if owner is not None and not isinstance(owner, type(sys)) else "-"
    return f"{name} (self: {kind})"

events = []
def profiler(frame, event, arg):
    if event.startswith("c_"):
        events.append(f"{event} {describe(arg)}")
    else:
        events.append(f"{event} {frame.f_code.co_name}")

d = datetime.date(2024, 3, 5)
D = decimal.Decimal("1.25")
sys.setprofile(profiler)
iso = d.isoformat()
later = d.replace(day=7)
wk = d.weekday()
delta = datetime.timedelta(days=2)
secs = delta.total_seconds()
moved = d + delta
q = D.quantize(decimal.Decimal("0.1"))
ctx = decimal.getcontext()
text = "abc".upper()
stamp = datetime.datetime(2020, 1, 2, 3, 4).strftime("%Y-%m-%d")
sys.setprofile(None)
print("\n".join(events))
print(iso, later, wk, secs, moved, q, ctx.prec, text, stamp)

for bad in (lambda: d + 1, lambda: delta * "x", lambda: d < 5, lambda: len(d), lambda: datetime.datetime(2020, 1, 1)[0],
            lambda: datetime.time() + delta, lambda: d.foo, lambda: decimal.Decimal(1) + 1.5):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
