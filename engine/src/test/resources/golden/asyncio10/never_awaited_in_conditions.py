# Coroutines called in conditions and boolean operators without await: where the warning appears
import asyncio
async def check():
    return False
async def main():
    if check():
        print("a")
    while not check():
        print("b")
        break
    x = not check()
    print("c", x)
    y = check() and 1
    print("d", y)
    z = [1 for _ in range(1) if check()]
    print("e", z)
    assert check(), "never"
    print("f")
    w = 1 if check() else 2
    print("g")
    print("end")
asyncio.run(main())
