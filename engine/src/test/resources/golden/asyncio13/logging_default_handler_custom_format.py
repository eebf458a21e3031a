# logging configured by the program: asyncio's logger messages (callback errors, never-retrieved,
# slow shutdown) in a custom format, a filter on the 'asyncio' logger, and logging.exception in a task.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stderr, level=logging.DEBUG,
                    format="%(levelname)s|%(name)s|%(funcName)s|%(message)s")
log = logging.getLogger("app")


class OnlyFirstLine(logging.Filter):
    def filter(self, record):
        record.exc_info_present = record.exc_info is not None
        return True


def bad_callback(x):
    raise ValueError(f"bad {x}")


async def failing():
    raise KeyError("lost")


async def worker():
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception("worker failed (%d)", 7)
    log.warning("after %s", "exception")


async def main():
    loop = asyncio.get_running_loop()
    alog = logging.getLogger("asyncio")
    alog.addFilter(OnlyFirstLine())
    print("asyncio logger:", alog.name, alog.level, alog.getEffectiveLevel(), alog.propagate)
    loop.call_soon(bad_callback, 1)
    await asyncio.sleep(0)
    await worker()
    t = asyncio.create_task(failing())
    await asyncio.sleep(0)
    del t
    import gc
    gc.collect()
    alog.setLevel(logging.CRITICAL)
    loop.call_soon(bad_callback, 2)
    await asyncio.sleep(0)
    print("silenced")
    alog.setLevel(logging.NOTSET)
    loop.call_exception_handler({"message": "plain message", "extra": 5})
    log.info("done %r", {"k": 1})


asyncio.run(main())
logging.shutdown()
