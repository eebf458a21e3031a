# Graceful shutdown as servers do it: loop.add_signal_handler sets an Event; here the program
# sends itself SIGTERM with signal.raise_signal.
import asyncio
import signal

async def worker(name, stop, log):
    n = 0
    while not stop.is_set():
        n += 1
        await asyncio.sleep(0)
    log.append(f"{name} stopped after {n > 0}")

async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    log = []
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGUSR1, lambda: log.append("usr1 received"))
    print("handler installed:", signal.getsignal(signal.SIGTERM).__name__)
    workers = [asyncio.create_task(worker(n, stop, log)) for n in ("a", "b")]
    await asyncio.sleep(0)
    signal.raise_signal(signal.SIGUSR1)
    log.append("raised usr1")
    await asyncio.sleep(0)
    log.append("one turn later")
    await asyncio.sleep(0)
    log.append("two turns later")
    signal.raise_signal(signal.SIGTERM)
    await asyncio.gather(*workers)
    print(log)
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    print(signal.getsignal(signal.SIGUSR1))
    for bad in ("x", 0, 99, signal.SIGKILL):
        try:
            loop.add_signal_handler(bad, print)
        except (TypeError, ValueError, RuntimeError) as e:
            print(type(e).__name__, e)
    try:
        loop.add_signal_handler(signal.SIGTERM, main)
    except TypeError as e:
        print(e)

asyncio.run(main())
print("after run:", signal.getsignal(signal.SIGTERM))
