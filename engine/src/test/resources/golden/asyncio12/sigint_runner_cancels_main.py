# Ctrl-C simulated with signal.raise_signal: asyncio.run cancels main, then raises KeyboardInterrupt.
import asyncio
import signal

async def main():
    try:
        await asyncio.sleep(0)
        signal.raise_signal(signal.SIGINT)
        print("still running right after the signal")
        await asyncio.sleep(1)
        print("not reached")
    except asyncio.CancelledError:
        print("main cancelled by the Ctrl-C handler")
        raise
    finally:
        print("cleanup in main")

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt reached the caller")
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
