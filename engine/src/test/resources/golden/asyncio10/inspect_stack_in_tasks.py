# inspect.stack / getframeinfo / getouterframes / trace from coroutines, tasks and plain code
import asyncio, inspect, sys

def where():
    st = inspect.stack()
    print([f.function for f in st])
    fi = st[0]
    print(fi.filename.rsplit("/", 1)[-1], fi.lineno, fi.function, fi.code_context, fi.index, fi.positions)
    print(fi[2], len(fi), fi.frame is sys._getframe())
    caller = st[1]
    print(caller.function, caller.code_context)
    info = inspect.getframeinfo(sys._getframe(1))
    print(type(info).__name__, info.function, info.lineno, info.code_context, info.index)
    print(repr(info).split(", positions")[0].split("filename=")[1].split(", ", 1)[1])
    return st

async def inner():
    st = where()
    return [(f.function, f.lineno) for f in st]

async def main():
    print(await inner())
    print(await asyncio.create_task(inner()))
    try:
        1 / 0
    except ZeroDivisionError:
        tr = inspect.trace()
        print([(t.function, t.lineno, t.code_context) for t in tr])
    print([f.function for f in inspect.getouterframes(inspect.currentframe())])
    ctx = inspect.getframeinfo(inspect.currentframe(), context=3)
    print(ctx.code_context, ctx.index)

asyncio.run(main())
where()
try:
    inspect.getframeinfo(42)
except AttributeError as e:
    print("AttributeError:", e)
import re
fi = inspect.stack()[0]
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(fi).replace(__file__, "FILE")))
print(fi._fields, fi == tuple(fi), isinstance(fi, tuple))
