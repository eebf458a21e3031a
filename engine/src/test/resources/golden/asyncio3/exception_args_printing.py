import asyncio

class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code

class NoArgs(Exception):
    def __init__(self):
        pass

class StrErr(Exception):
    def __str__(self):
        return "custom str"

async def raise_it(e):
    raise e

async def main():
    for e in [ValueError(), ValueError("one"), ValueError("a", 2), MyErr(404, "missing"),
              NoArgs(), StrErr("x"), KeyError("key"), KeyError(), KeyError(1, 2),
              OSError(2, "No such file"), OSError(2, "No such file", "f.txt"), UnicodeError("u"),
              asyncio.CancelledError("msg"), TimeoutError(), ExceptionGroup("g", [ValueError(1)])]:
        try:
            await raise_it(e)
        except BaseException as got:
            print(f"{type(got).__name__:<16} str={str(got)!r:<28} repr={got!r} args={got.args}")
    e = MyErr(1, "m")
    e.args = ("replaced",)
    print(e, e.code, repr(e))
    e.add_note("note 1")
    print(e.__notes__)
    print(repr(BaseException("a")), repr(SystemExit(3)), SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
    print(repr(StopIteration(7).value), StopIteration().value, StopAsyncIteration("x").args)
    print(str(KeyboardInterrupt()), repr(GeneratorExit()))

asyncio.run(main())
