# An async generator that yields in its finally: aclose() fails ("ignored GeneratorExit") and
# leaves it suspended; what aclose/athrow/asend/__anext__ do next, against finished generators.
import asyncio


async def stubborn():
    try:
        yield 1
    finally:
        yield "in finally"


async def normal():
    yield 1


def step(label, aw):
    try:
        aw.send(None)
        print(f"{label:28} yielded")
    except StopIteration as e:
        print(f"{label:28} StopIteration {e.value!r}")
    except BaseException as e:
        print(f"{label:28} {type(e).__name__} {e}")


for follow in ("aclose", "athrow", "asend", "anext"):
    s = stubborn()
    step("start", s.__anext__())
    step("first aclose", s.aclose())
    nxt = {"aclose": s.aclose, "athrow": lambda: s.athrow(ValueError), "asend": lambda: s.asend(None),
           "anext": s.__anext__}[follow]()
    step("then " + follow, nxt)
    print("  frame alive:", s.ag_frame is not None, "running:", s.ag_running)
n = normal()
step("normal start", n.__anext__())
for label, make in (("aclose", n.aclose), ("aclose again", n.aclose), ("athrow", lambda: n.athrow(ValueError)),
                    ("asend", lambda: n.asend(None))):
    step("normal " + label, make())
m = normal()
for label, make in (("aclose unstarted", m.aclose), ("aclose again", m.aclose), ("athrow", lambda: m.athrow(ValueError)),
                    ("asend", lambda: m.asend(None))):
    step("unstarted " + label, make())


async def main():
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("in a task:", e)
    try:
        await s.aclose()
    except StopAsyncIteration:
        print("second aclose: StopAsyncIteration")
    print(await s.__anext__() if False else "left suspended:", s.ag_frame is not None)


asyncio.run(main())
