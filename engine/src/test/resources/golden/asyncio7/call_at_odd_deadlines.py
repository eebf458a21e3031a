import asyncio
from fractions import Fraction

class Weird:
    def __lt__(self, other):
        raise ZeroDivisionError("weird compare")
    __gt__ = __ge__ = __le__ = __lt__

loop = asyncio.new_event_loop()
h = loop.call_later(Fraction(1, 100), print, "fraction delay fired")
print(type(h.when()).__name__)
loop.run_until_complete(asyncio.sleep(0.02))

normal = loop.call_at(loop.time() + 1, print, "normal")
try:
    loop.call_at(Weird(), print, "weird")
except ZeroDivisionError as e:
    print("ZeroDivisionError at push:", e)
print("timers in the list:", len(loop._scheduled))
loop.close()

loop = asyncio.new_event_loop()
huge = loop.call_at(10 ** 400, print, "never")
print("huge deadline kept exactly:", huge.when() == 10 ** 400)
print(loop.run_until_complete(asyncio.sleep(0.01, "slept past a huge deadline")))
huge.cancel()
loop.close()
