import asyncio
from fractions import Fraction

def fresh():
    loop = asyncio.new_event_loop()
    return loop

loop = fresh()
h = loop.call_at(10 ** 12, print, "int deadline")
print(repr(h.when()), h)
f = loop.call_at(Fraction(10 ** 12, 3), print, "fraction deadline")
print(repr(f.when()), f, f < h, h > f, f <= f, hash(f) == hash(Fraction(10 ** 12, 3)))
try:
    loop.call_at(None, print)
except TypeError as e:
    print("TypeError:", e)
try:
    loop.call_later("1", print)
except TypeError as e:
    print("TypeError:", e)
try:
    loop.call_at("soon", print, "string deadline")
except TypeError as e:
    print("TypeError at push:", e)
print("timers in the list:", len(loop._scheduled))
loop.close()

loop = fresh()
loop.call_at("soon", print, "string deadline")
loop.call_soon(print, "ready callback")
loop.call_soon(loop.stop)
try:
    loop.run_forever()
except TypeError as e:
    print("TypeError from the loop:", e)
print("running:", loop.is_running())
loop.close()

loop = fresh()
loop.call_at(float("nan"), print, "nan deadline fires at once")
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()

loop = fresh()
loop.call_at([1], print)
try:
    loop.run_until_complete(asyncio.sleep(0, "slept"))
except TypeError as e:
    print("TypeError:", e)
loop.close()
