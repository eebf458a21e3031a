# traceback.print_exc / format_exception / format_exc inside tasks, with chained causes and notes.
import asyncio
import sys
import traceback
import re


def clean(text):
    # File paths differ between machines: keep the file's base name only.
    return re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)


async def fetch(n):
    await asyncio.sleep(0)
    if n == 2:
        raise KeyError(n)
    return n


async def process(n):
    try:
        return await fetch(n)
    except KeyError as e:
        err = ValueError(f"cannot process {n}")
        err.add_note(f"item {n} was bad")
        raise err from e


async def worker(n):
    try:
        await process(n)
    except ValueError:
        print(clean(traceback.format_exc()), end="")
        print("---")
        text = traceback.format_exc()
        print(text.splitlines()[-1])
        et, ev, tb = sys.exc_info()
        print(et.__name__, ev.__notes__, type(tb).__name__)
        lines = traceback.format_exception(ev)
        print(len(lines), lines[0].strip(), lines[-1].strip())
        print("".join(traceback.format_exception_only(ev)).strip())
        print([fs.name for fs in traceback.extract_tb(tb)])
        print([fs.name for fs in traceback.extract_tb(ev.__cause__.__traceback__)])
        return "handled"


async def leaf_with_context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")


async def main():
    print(await worker(2))
    t = asyncio.create_task(leaf_with_context())
    await asyncio.gather(t, return_exceptions=True)
    exc = t.exception()
    print(clean("".join(traceback.format_exception(exc, chain=False))))
    print(clean("".join(traceback.format_exception(exc))))
    print(clean("".join(traceback.format_exception(exc, limit=1))), end="")
    print(traceback.format_exception_only(asyncio.CancelledError("bye")))
    print(traceback.format_exception_only(TimeoutError()))
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.001)
    except TimeoutError:
        s = traceback.format_exc()
        print(s.count("Traceback"), s.splitlines()[-1], "CancelledError" in s)
    stack = traceback.extract_stack()
    print([f.name for f in stack][-2:])


asyncio.run(main())
