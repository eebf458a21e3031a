# More SyntaxErrors around async/await keywords, via compile().
SOURCES = [
    "async x = 1\n",
    "def async f():\n    pass\n",
    "async print('hi')\n",
    "async def f():\n    async x = 1\n",
    "async def f():\n    return await\n",
    "async def f():\n    await = 1\n",
    "async def f():\n    x = await await g()\n",
    "async def f():\n    async for in y:\n        pass\n",
    "async def f():\n    async with:\n        pass\n",
    "async def f():\n    async while True:\n        pass\n",
    "async def f():\n    async if x:\n        pass\n",
    "async class C:\n    pass\n",
    "class C:\n    async x = 1\n",
    "async def f()\n    pass\n",
    "async def f():\npass\n",
    "async def f(): await g(); return\n",
    "async def f():\n    lambda: (yield)\n",
    "async def f():\n    return [x for x in await g()]\n",
    "async def f():\n    def g(): yield await h()\n",
    "def f():\n    async def g():\n        pass\n    await g()\n",
    "async def f():\n    nonlocal x\n",
    "async def f(*, await):\n    pass\n",
    "async def f():\n    print(f'{await g()}')\n",
    "def f():\n    print(f'{await g()}')\n",
    "async def f():\n    del await g()\n",
    "async def f():\n    await g() = 3\n",
    "async def f():\n    (await g()) += 1\n",
    "async def f():\n    for await x in y:\n        pass\n",
]

for src in SOURCES:
    first = src.splitlines()[-1].strip()
    try:
        compile(src, "<lesson>", "exec")
        print(f"{src!r}: compiles")
    except SyntaxError as e:
        print(f"{src!r}: {e.msg} ({e.lineno},{e.offset})-({e.end_lineno},{e.end_offset})")
