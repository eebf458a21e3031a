import asyncio

async def fail(e):
    await asyncio.sleep(0)
    raise e

async def run(*excs):
    async with asyncio.TaskGroup() as tg:
        for e in excs:
            tg.create_task(fail(e))

async def main():
    try:
        await run(ValueError(1), KeyError(2), ValueError(3))
    except* ValueError as g:
        print("values:", [e.args for e in g.exceptions], type(g).__name__)
    except* KeyError as g:
        print("keys:", repr(g))
    try:
        try:
            await run(OSError("disk"), TypeError("t"))
        except* OSError as g:
            print("os:", g.exceptions)
    except* TypeError as g:
        print("outer caught leftovers:", g.message, g.exceptions)
    except ExceptionGroup as g:
        print("plain", g)
    try:
        await run(ZeroDivisionError("z"))
    except* ArithmeticError as g:
        print("arith:", repr(g), g.exceptions[0].__traceback__ is not None)
    eg = ExceptionGroup("many", [ValueError("a"), ExceptionGroup("sub", [KeyError("b"), ValueError("c")])])
    match, rest = eg.split(ValueError)
    print(repr(match))
    print(repr(rest))
    print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
    print(eg.derive([TypeError("x")]))
    print(str(eg), len(eg.exceptions))

asyncio.run(main())
