import types

@types.coroutine
def ask(question):
    answer = yield question
    return answer

async def interview():
    name = await ask("What is your name?")
    age = await ask("How old are you?")
    return f"{name} is {age}"

coro = interview()
print("coroutine asks:", coro.send(None))
print("coroutine asks:", coro.send("Ada"))
try:
    coro.send(36)
except StopIteration as stop:
    print("finished with", repr(stop.value))
