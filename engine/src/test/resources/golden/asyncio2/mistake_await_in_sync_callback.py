# An await inside a plain function used as a callback is a SyntaxError.
import asyncio


def on_done(task):
    result = await task
    print(result)
