# create_task, ensure_future, run and wrap_future with the wrong kind of argument.
import asyncio
import types


def plain():
    return 1


def gen():
    yield


@types.coroutine
def old_style():
    yield
    return "old"


async def main():
    for label, arg in (("int", 1), ("function", plain), ("None", None)):
        try:
            asyncio.create_task(arg)
        except TypeError as e:
            print(f"create_task({label}): TypeError: {str(e).split(' at 0x')[0]}")
        try:
            asyncio.ensure_future(arg)
        except TypeError as e:
            print(f"ensure_future({label}): TypeError: {e}")
    # In 3.11 a plain generator passes for a coroutine (iscoroutine accepts generators).
    g = gen()
    t1 = asyncio.create_task(g)
    t2 = asyncio.ensure_future(g)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("generator tasks:", t1.done(), t2.done(), t1.result(), t2.result())
    print(asyncio.iscoroutine(gen()), asyncio.iscoroutine(old_style()))
    t = asyncio.ensure_future(old_style())
    print("old style via ensure_future:", await t)
    try:
        asyncio.create_task(old_style())
    except TypeError as e:
        print("create_task(old style): TypeError:", e)


asyncio.run(main())
try:
    asyncio.run(gen())
except ValueError as e:
    print("run(generator): ValueError:", e)
try:
    asyncio.run(asyncio.sleep)
except ValueError as e:
    print("run(function): ValueError:", str(e).split(" at 0x")[0])
