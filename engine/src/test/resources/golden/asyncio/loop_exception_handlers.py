# The loop's exception handler: a custom handler that defers to the default one,
# a handler that itself raises, call_exception_handler without an exception,
# and resetting the handler to None.
import asyncio


def clean(x):
    # CPython names the script by its absolute path; the comparison does not depend on where it ran.
    return (x if isinstance(x, str) else repr(x)).replace(__file__, "<file>")

def bad_callback():
    raise ZeroDivisionError("bad callback")

async def main():
    loop = asyncio.get_running_loop()
    seen = []

    def polite(loop_, context):
        seen.append(sorted(context))
        print("polite handler, message:", clean(context["message"]))
        loop_.default_exception_handler({"message": "forwarded: " + context["message"]})

    loop.set_exception_handler(polite)
    print("handler is set:", loop.get_exception_handler() is polite)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "just a message"})
    loop.call_exception_handler({})

    def broken(loop_, context):
        raise RuntimeError("handler is broken")

    loop.set_exception_handler(broken)
    loop.call_exception_handler({"message": "goes to a broken handler"})
    loop.set_exception_handler(None)
    print("handler reset:", loop.get_exception_handler())
    loop.call_exception_handler({"message": "default again", "extra": [1, 2]})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("not callable:", e)
    print(seen)

asyncio.run(main())
