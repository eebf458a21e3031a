class Ticket:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        reply = yield f"need:{self.label}"
        return reply.upper()

async def step(label):
    got = await Ticket(label)
    return f"{label}={got}"

async def program():
    parts = []
    for label in ("a", "b"):
        parts.append(await step(label))
    try:
        await Ticket("fail")
    except KeyError as e:
        parts.append(f"caught {e!r}")
    return parts

def run(coro):
    request = coro.send(None)
    trace = []
    while True:
        trace.append(request)
        try:
            if request == "need:fail":
                request = coro.throw(KeyError("boom"))
            else:
                request = coro.send(request.split(":")[1] * 2)
        except StopIteration as stop:
            return trace, stop.value

print(run(program()))
c = program()
print(c.send(None), c.cr_await.__class__.__name__, c.cr_await.cr_await.__class__.__name__)
c.close()
