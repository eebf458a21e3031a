# Several timers with one identical deadline: the heap decides their order, the same way every run.
import asyncio


def main():
    loop = asyncio.new_event_loop()
    order = []
    when = loop.time() + 0.01
    for i in range(8):
        loop.call_at(when, order.append, i)
    loop.call_at(when + 0.001, loop.stop)
    loop.run_forever()
    print("equal deadlines:", order)

    order.clear()
    base = loop.time() + 0.01
    for i, d in enumerate([3, 1, 2, 1, 3, 2, 1]):
        loop.call_at(base + d * 0.001, order.append, (d, i))
    handles = [loop.call_at(base + 0.002, order.append, ("cancelled", i)) for i in range(3)]
    handles[1].cancel()
    loop.call_at(base + 0.01, loop.stop)
    loop.run_forever()
    print("mixed:", order)
    loop.close()


main()
