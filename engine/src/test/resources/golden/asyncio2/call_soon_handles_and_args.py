# call_soon / call_later with arguments, Handle.cancel, cancelled(), when(), and ordering.
import asyncio


def main():
    loop = asyncio.new_event_loop()
    out = []
    h1 = loop.call_soon(out.append, "a")
    h2 = loop.call_soon(out.append, "b")
    h3 = loop.call_soon(print, "printed", "with", "args", sep="-") if False else loop.call_soon(out.extend, ["c", "d"])
    h2.cancel()
    h2.cancel()
    print("cancelled:", h1.cancelled(), h2.cancelled(), h3.cancelled())
    t = loop.call_later(0.01, out.append, "late")
    print("TimerHandle when is a float:", isinstance(t.when(), float), t.when() > loop.time())
    try:
        loop.call_soon(out.append, "x", key=1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_soon("not callable")
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_later(None, out.append)
    except TypeError as e:
        print("TypeError:", type(e).__name__)
    loop.call_later(0.02, loop.stop)
    loop.run_forever()
    print(out)
    print("type names:", type(h1).__name__, type(t).__name__)
    t.cancel()
    print("cancel after it ran:", t.cancelled())
    loop.close()


main()
