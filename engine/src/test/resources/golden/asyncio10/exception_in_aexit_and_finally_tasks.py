# Exceptions raised in __aexit__, finally blocks and except handlers of tasks: chaining shown in output
import asyncio
import traceback

class Conn:
    def __init__(self, fail_exit):
        self.fail_exit = fail_exit
    async def __aenter__(self):
        return self
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        if self.fail_exit:
            raise ConnectionError("close failed")
        return False

async def job(kind):
    if kind == "exit":
        async with Conn(True):
            raise ValueError("body failed")
    if kind == "finally":
        try:
            raise KeyError("first")
        finally:
            await asyncio.sleep(0)
            raise RuntimeError("in finally")
    if kind == "handler":
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise LookupError("in handler") from e
    if kind == "suppressed":
        try:
            1 / 0
        except ZeroDivisionError:
            raise LookupError("no context") from None

async def main():
    for kind in ["exit", "finally", "handler", "suppressed"]:
        t = asyncio.create_task(job(kind))
        try:
            await t
        except Exception as e:
            ctx = e.__context__
            print(kind, "->", repr(e), "| context:", repr(ctx), "| cause:", repr(e.__cause__),
                  "| suppress:", e.__suppress_context__)
            lines = traceback.format_exception(e)
            print("  ", len([l for l in lines if l.startswith("Traceback")]), "tracebacks;", lines[-1].strip())

asyncio.run(main())
