def numbers():
    yield 1
    yield 2

async def ticks():
    yield "tick"
    yield "tock"

async def main():
    return 0

gen = numbers()
agen = ticks()
coro = main()
print(next(gen))
step = agen.asend(None)
try:
    step.send(None)
except StopIteration as stop:
    print(stop.value)
coro.close()
print("done")
