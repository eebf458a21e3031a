# Mistakes with coroutine objects used as values: truthiness, sorting, printing, comparing.
import asyncio
import re

async def score(x):
    await asyncio.sleep(0)
    return -x

def show(s):
    print(re.sub(r"0x[0-9a-f]+", "0x..", str(s)))

async def main():
    c = score(1)
    show(c)
    print(bool(c), c == c, c is not None)
    if score(2):
        print("a coroutine is always truthy")
    try:
        sorted([3, 1, 2], key=score)
    except TypeError as e:
        print("TypeError:", e)
    vals = [await score(x) for x in [3, 1, 2]]
    print(sorted(vals))
    try:
        total = sum([score(1), score(2)])
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(score(5) + 1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.sleep
    except TypeError as e:
        print("TypeError:", e)
    try:
        for x in score(3):
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        len(score(4))
    except TypeError as e:
        print("TypeError:", e)
    try:
        score(4)[0]
    except TypeError as e:
        print("TypeError:", e)
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
