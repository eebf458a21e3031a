import asyncio

async def sub():
    await asyncio.sleep(0.1)

async def main():
    c = sub()
    t = asyncio.create_task(c)
    print(t.get_coro() is c, t.get_loop() is asyncio.get_running_loop())
    await asyncio.sleep(0)
    print(len(t.get_stack()), t.get_stack(limit=1)[0].f_code.co_name)
    class Collect:
        text = ''
        def write(self, s):
            Collect.text += s
    t.print_stack(file=Collect())
    t.print_stack(limit=0, file=Collect())
    print(Collect.text.replace(__file__, 'FILE'))
    try:
        t.set_result(1)
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print('RuntimeError', e)
    await t
    print(t.get_stack())
    print(asyncio.Task.__name__, asyncio.Task.__module__, asyncio.Future.__module__)
    print(isinstance(t, asyncio.Future), issubclass(asyncio.Task, asyncio.Future))
    try:
        asyncio.Task(sub)
    except TypeError as e:
        print('TypeError', str(e)[:30])
    cname = type(asyncio.CancelledError()).__module__
    print(cname, asyncio.CancelledError.__mro__)
    print(asyncio.InvalidStateError.__mro__)

asyncio.run(main())
