# Ctrl-C during asyncio.Runner: first cancels main, main may clean up; a later run works again.
import asyncio
import signal

async def main(second_press):
    try:
        await asyncio.sleep(0)
        signal.raise_signal(signal.SIGINT)
        print("main continues until its next await")
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("main cancelled; cleaning up")
        if second_press:
            signal.raise_signal(signal.SIGINT)
        await asyncio.sleep(0)
        print("cleanup done")
        raise

with asyncio.Runner() as runner:
    try:
        runner.run(main(False))
    except KeyboardInterrupt:
        print("KeyboardInterrupt from runner.run")
    print("handler restored:", signal.getsignal(signal.SIGINT) is signal.default_int_handler)
    print(runner.run(asyncio.sleep(0, "second run fine")))
    try:
        runner.run(main(True))
    except KeyboardInterrupt:
        print("second press: KeyboardInterrupt")

async def swallow():
    try:
        await asyncio.sleep(0)
        signal.raise_signal(signal.SIGINT)
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallowed")
    return "finished normally"

print(asyncio.run(swallow()))
