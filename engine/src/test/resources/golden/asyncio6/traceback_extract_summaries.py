import asyncio, traceback, sys

def level3():
    return traceback.extract_stack()

def level2():
    return level3()

stack = level2()
print(type(stack).__name__, len(stack) >= 3)
for fs in stack[-3:]:
    print(fs.name, fs.lineno, repr(fs.line), fs.filename.endswith(".py"))
print([tuple(fs)[2] for fs in traceback.extract_stack(limit=1)])
fn, ln, name, line = stack[-1]
print(name, ln, line)
print(stack[-1] == (fn, ln, name, line), len(stack[-1]), repr(stack[-1]).startswith("<FrameSummary file"))

async def inner(n):
    if n == 0:
        raise LookupError("bottom")
    await asyncio.sleep(0)
    return await inner(n - 1)

async def main():
    t = asyncio.create_task(inner(2))
    try:
        await t
    except LookupError as e:
        summary = traceback.extract_tb(e.__traceback__)
        print([(fs.name, fs.lineno) for fs in summary])
        print([fs.name for fs in traceback.extract_tb(e.__traceback__, limit=2)])
        print([fs.name for fs in traceback.extract_tb(e.__traceback__, limit=-2)])
        print("".join(traceback.format_list([("f.py", 3, "g", "x = 1"), ("f.py", 9, "h", None)])), end="")
        print([n for _, n in traceback.walk_tb(e.__traceback__)])

asyncio.run(main())

def recurse(n):
    if n == 0:
        return traceback.extract_stack()
    return recurse(n - 1)

deep = recurse(6)
print("".join(deep.format()[-5:]).replace(__file__, "F"), end="")
import io
buf = io.StringIO()
traceback.print_list(traceback.extract_stack()[-1:], file=buf)
print(buf.getvalue().replace(__file__, "F"), end="")
