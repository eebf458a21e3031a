# SyntaxErrors a learner meets with async code, via compile(): message, line, offset, text.
SOURCES = {
    "await in def": "def f():\n    x = await g()\n",
    "await in lambda": "async def f():\n    h = lambda: await g()\n",
    "await in sync comp": "def f():\n    return [await x for x in y]\n",
    "await at module": "x = 1\nawait g()\n",
    "await in class body": "async def f():\n    class C:\n        v = await g()\n",
    "async for in def": "def f():\n    async for x in y:\n        pass\n",
    "async with in def": "def f():\n    async with m:\n        pass\n",
    "async comp in def": "def f():\n    return [x async for x in y]\n",
    "yield from in async": "async def f():\n    yield from g()\n",
    "return value in agen": "async def f():\n    yield 1\n    return 2\n",
    "await in genexp def": "def f():\n    return (await x for x in y)\n",
    "async lambda": "f = async lambda: 1\n",
    "await as name": "await = 3\n",
    "async as name": "async = 3\n",
    "await in default": "async def f(x=await g()):\n    pass\n",
    "await in nested def": "async def f():\n    def g():\n        await h()\n",
    "yield in async comp": "async def f():\n    return [(yield) async for x in y]\n",
    "nonlocal await": "async def f():\n    await\n",
    "async def in expr": "x = (async def f(): pass)\n",
    "await star": "async def f():\n    await *a\n",
}

for label, src in SOURCES.items():
    try:
        compile(src, "<lesson>", "exec")
        print(f"{label:<22} compiles")
    except SyntaxError as e:
        print(f"{label:<22} {e.msg!r} line={e.lineno} off={e.offset} end={e.end_lineno},{e.end_offset}")
        print(f"{'':<22} text={e.text!r}")
