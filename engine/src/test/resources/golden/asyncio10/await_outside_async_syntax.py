# SyntaxError texts for await/async constructs outside async def, via compile()
srcs = [
    "await x",
    "def f():\n    await x\n",
    "def f():\n    async with a:\n        pass\n",
    "def f():\n    async for i in a:\n        pass\n",
    "def f():\n    return [i async for i in a]\n",
    "async def f():\n    yield from x\n",
    "async def f():\n    yield 1\n    return 2\n",
    "lambda: await x",
    "class C:\n    await x\n",
    "async def f():\n    def g():\n        await x\n",
    "async def f():\n    x = [await y for y in z]\n",
    "def f():\n    x = (await y for y in z)\n",
    "async = 1",
    "await = 1",
    "def f():\n    print(await)\n",
]
for s in srcs:
    try:
        compile(s, "<prog>", "exec")
        print("ok:", repr(s))
    except SyntaxError as e:
        print(repr(s))
        print("  ", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
        print("  ", repr(e.text))
