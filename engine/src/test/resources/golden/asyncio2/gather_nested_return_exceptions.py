# Nested gathers: return_exceptions on the inner one only, on the outer one only, and on both.
import asyncio


async def ok(n):
    await asyncio.sleep(0)
    return n


async def boom(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


def show(label, value):
    if isinstance(value, list):
        value = [type(v).__name__ + repr(v.args) if isinstance(v, BaseException) else v for v in value]
    print(f"{label:<12} {value!r}")


async def main():
    inner = asyncio.gather(ok(1), boom("inner"), return_exceptions=True)
    show("inner-only", await asyncio.gather(ok(0), inner))

    try:
        await asyncio.gather(ok(2), asyncio.gather(boom("deep"), ok(3)))
    except ValueError as e:
        show("neither", e.args)

    outer = await asyncio.gather(ok(4), asyncio.gather(boom("a"), boom("b")), return_exceptions=True)
    show("outer-only", outer)

    both = await asyncio.gather(
        asyncio.gather(boom("x"), ok(5), return_exceptions=True),
        boom("y"),
        return_exceptions=True,
    )
    print("both", [show("  item", v) or type(v).__name__ for v in both])

    # An inner gather raising first does not stop its other children.
    done = []

    async def slow(n):
        await asyncio.sleep(0.01)
        done.append(n)
        return n

    try:
        await asyncio.gather(asyncio.gather(boom("fast"), slow(6)), slow(7))
    except ValueError as e:
        print("caught", e, "done so far", done)
    await asyncio.sleep(0.1)
    print("later done", sorted(done))


asyncio.run(main())
