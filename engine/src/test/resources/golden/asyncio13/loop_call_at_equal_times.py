# Timers at exactly the same deadline: the order the heap gives them, mixed with call_soon and cancels.
import asyncio


def main():
    loop = asyncio.new_event_loop()
    out = []
    base = loop.time() + 0.01
    handles = []
    for i in range(10):
        handles.append(loop.call_at(base, out.append, i))
    handles[3].cancel()
    handles[7].cancel()
    loop.call_at(base - 0.001, out.append, "early")
    loop.call_at(base + 0.001, out.append, "late")
    loop.call_soon(out.append, "soon")
    loop.call_later(0, out.append, "later0")
    loop.call_at(base + 0.002, loop.stop)
    loop.run_forever()
    print(out)
    out.clear()
    base = loop.time() + 0.005
    for i in range(6):
        loop.call_at(base, out.append, i)
    for i in range(6, 9):
        loop.call_at(base, out.append, i)
    loop.call_at(base + 0.001, loop.stop)
    loop.run_forever()
    print(out)
    h = loop.call_at(base, print)
    print(type(h).__name__, h.when() == base, h.cancelled())
    h.cancel()
    print(h.cancelled())
    a = loop.call_at(5, print)
    b = loop.call_at(5, print)
    c = loop.call_at(6, print)
    print(a == b, a < c, a <= b, c > b, a != c, sorted([c, a]) == [a, c])
    a.cancel(); b.cancel(); c.cancel()
    loop.close()


main()
