# await in places a learner does not expect to work: defaults, decorators, f-strings, lambdas'
# defaults, subscripts, conditional expressions, comprehensions nested in sync ones (3.11).
import asyncio


async def val(x):
    await asyncio.sleep(0)
    return x


async def agen(n):
    for i in range(n):
        yield i


def deco_factory(tag):
    def deco(fn):
        fn.tag = tag
        return fn
    return deco


async def main():
    def with_default(a=await val(5)):
        return a
    print("default:", with_default())

    @deco_factory(await val("T"))
    def decorated():
        pass
    print("decorator arg:", decorated.tag)

    @(await val(deco_factory("U")))
    def decorated2():
        pass
    print("await as decorator:", decorated2.tag)

    f = lambda k=await val(7): k * 2
    print("lambda default:", f())
    print(f"f-string: {await val('in fstring')!r} {await val(3) + 1:>4}")
    d = {"a": 1}
    print("subscript:", d[await val("a")], [10, 20][await val(1)])
    print("conditional:", await val("yes") if await val(True) else await val("no"))
    print("chained:", await val(1) < await val(2) < await val(3))
    print("unpack:", [*await val([1, 2]), *(await val((3,)))])
    x = [[j async for j in agen(i)] for i in range(4)]
    print("async comp inside sync comp:", x)
    y = [await val(i) for i in range(3)]
    print("await in list comp:", y)
    g = (await val(i) for i in range(3))
    print("genexpr with await is:", type(g).__name__, [v async for v in g])
    s = {i async for i in agen(3) if await val(i % 2)}
    print("set comp:", s)
    dd = {await val(k): v async for k, v in aitems({"p": 1, "q": 2})}
    print("dict comp:", dd)
    print("walrus:", [(z := await val(i)) * z for i in range(3)], z)
    match await val(("move", 3)):
        case ("move", int(n)) if n > await val(2):
            print("match guard with await:", n)
        case _:
            print("no match")
    async with (ctx() as a, ctx() as b):
        print("parenthesized async with:", a, b)
    print("await in assert ok")
    assert await val(True), "never"
    try:
        assert await val(0), await val("assert message from await")
    except AssertionError as e:
        print("AssertionError:", e)
    print("await in return of nested:", await (lambda: val("lam"))())
    print("await await:", await (await val(val("inner"))))


async def aitems(d):
    for k, v in d.items():
        yield k, v


class ctx:
    n = 0

    async def __aenter__(self):
        ctx.n += 1
        return ctx.n

    async def __aexit__(self, *e):
        return False


asyncio.run(main())
