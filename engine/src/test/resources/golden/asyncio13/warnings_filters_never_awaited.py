# warnings filters applied to "coroutine ... was never awaited": ignore, once, error (which turns
# into "Exception ignored in"), record with catch_warnings, and a custom showwarning.
import asyncio
import gc
import warnings


async def job():
    return 1


def make_and_drop(tag):
    print("dropping", tag)
    job()


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    make_and_drop("recorded")
    gc.collect()
print([(w.category.__name__, str(w.message), w.lineno > 0) for w in caught])

warnings.simplefilter("ignore", RuntimeWarning)
make_and_drop("ignored")
warnings.resetwarnings()


def show(message, category, filename, lineno, file=None, line=None):
    print("custom showwarning:", category.__name__, message, "| line:", line)


old = warnings.showwarning
warnings.showwarning = show
make_and_drop("custom")
warnings.showwarning = old

warnings.simplefilter("error", RuntimeWarning)
make_and_drop("as error")
print("after error filter")
warnings.resetwarnings()


async def main():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        job()
        await asyncio.sleep(0)
        print("main goes on")
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("default")
        for _ in range(2):
            job()
        print(len(ws), [str(w.message) for w in ws])


asyncio.run(main())
