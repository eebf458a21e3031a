async def work(n):
    x = 1
    try:
        await something()
    except ValueError:
        print('caught', n)
        raise
def gen():
    try:
        yield 1
    except ValueError:
        print('gen caught')
c = work(1)
try:
    c.throw(ValueError)
except ValueError:
    print('not caught')
g = gen()
try:
    g.throw(ValueError)
except ValueError:
    print('gen not caught')
