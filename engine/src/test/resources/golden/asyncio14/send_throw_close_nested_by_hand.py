import types

@types.coroutine
def leaf():
    try:
        x = yield "leaf-1"
        print("leaf got", x)
        x = yield "leaf-2"
        print("leaf got", x)
    except ValueError as e:
        print("leaf caught", repr(e))
        y = yield "leaf-recovered"
        return f"leaf done {y}"
    finally:
        print("leaf finally")
    return "leaf normal"

async def middle():
    try:
        r = await leaf()
        print("middle got", r)
    except KeyError as e:
        print("middle caught", repr(e))
        return "middle-from-keyerror"
    return "middle:" + r

async def top():
    try:
        return await middle()
    finally:
        print("top finally")

def drive(actions):
    c = top()
    print("first:", c.send(None))
    for kind, arg in actions:
        try:
            if kind == "send":
                out = c.send(arg)
            elif kind == "throw":
                out = c.throw(arg)
            else:
                out = c.close()
            print(f"{kind}({arg!r}) ->", repr(out))
        except StopIteration as e:
            print(f"{kind}({arg!r}) -> StopIteration({e.value!r})")
            break
        except BaseException as e:
            print(f"{kind}({arg!r}) -> raised {type(e).__name__}: {e}")
            break
    print("state:", c.cr_frame is None, c.cr_await)
    print("---")

drive([("send", 1), ("send", 2)])
drive([("throw", ValueError("v")), ("send", "ok")])
drive([("throw", KeyError("k"))])
drive([("send", 1), ("close", None)])
drive([("throw", RuntimeError("r"))])
drive([("throw", GeneratorExit)])
drive([("throw", ValueError), ("throw", ValueError("again"))])
