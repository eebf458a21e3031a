# compile() on snippets learners write: the SyntaxError message, line and offset of each.
snippets = {
    "async lambda": "f = async lambda x: x",
    "await in nested def": "async def outer():\n    def inner():\n        await thing()\n    return inner",
    "await in sync generator": "def gen():\n    yield await x",
    "async as a name": "async = 1",
    "await as a name in async def": "async def f():\n    await = 3",
    "def named async": "def async():\n    pass",
    "print(await)": "async def f():\n    print(await)",
    "await without operand": "async def f():\n    await",
    "async for in sync def": "def f():\n    async for x in y:\n        pass",
    "async with in sync def": "def f():\n    async with y:\n        pass",
    "yield from in async def": "async def f():\n    yield from g()",
    "return value in async gen": "async def f():\n    yield 1\n    return 2",
    "await in class body": "async def f():\n    class C:\n        x = await g()",
    "async comprehension at module": "xs = [x async for x in y]",
    "await at module level": "await asyncio.sleep(1)",
    "async def without colon": "async def f()\n    pass",
    "async keyword alone": "async x = 1",
    "await in lambda inside async": "async def f():\n    g = lambda: await h()",
    "async class": "async class C:\n    pass",
    "await in default of sync def": "def f(x=await g()):\n    pass",
    "starred await": "async def f():\n    *await g()",
    "await on left side": "async def f():\n    await x = 1",
    "nonlocal at async top": "async def f():\n    nonlocal x",
    "async with missing as target": "async def f():\n    async with a as:\n        pass",
}
for label, src in snippets.items():
    try:
        compile(src, "<snippet>", "exec")
        print(f"{label:32} compiles")
    except SyntaxError as e:
        print(f"{label:32} {e.msg} (line {e.lineno}, col {e.offset})")
