# Argument errors of call_soon, call_later, call_at and call_soon_threadsafe.
import asyncio
loop = asyncio.new_event_loop()
for call in (lambda: loop.call_soon(), lambda: loop.call_later(1), lambda: loop.call_later(), lambda: loop.call_at(1), lambda: loop.call_soon(print, x=1), lambda: loop.call_later(1, print, x=1), lambda: loop.call_at(1, print, x=1), lambda: loop.call_soon_threadsafe(print, y=2), lambda: loop.call_soon_threadsafe()):
    try:
        call()
    except TypeError as e:
        print(e)
loop.close()
