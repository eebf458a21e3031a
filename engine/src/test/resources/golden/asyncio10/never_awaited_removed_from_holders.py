# Where never-awaited coroutines die: containers, closures, exceptions, unpacking, methods
import asyncio

async def job(n):
    return n

def make(n):
    return job(n)

class Box:
    item = None

def main():
    a, b = job(1), job(2)
    print("unpacked")
    a = None
    print("a rebound")
    lst = [job(3), job(4), job(5)]
    lst.pop()
    print("popped")
    del lst[0]
    print("deleted index 0")
    d = {"k": job(6)}
    d.pop("k")
    print("dict pop")
    s = {job(7)}
    s.clear()
    print("set cleared")
    def outer():
        c = job(8)
        def inner():
            return c
        return inner
    fn = outer()
    print("closure made")
    del fn
    print("closure dropped")
    try:
        raise ValueError(job(9))
    except ValueError as e:
        print("caught", type(e.args[0]).__name__)
    print("after except")
    Box.item = job(10)
    print("class attr set")
    del Box.item
    print("class attr deleted")
    make(11)
    print("result of make ignored")
    g = (job(i) for i in range(12, 14))
    first = next(g)
    print("took first")
    del g
    print("generator dropped")
    first.close()
    t = (job(14),)
    t2 = t + t
    del t
    print("tuple dropped, t2 still holds")
    del t2
    print("t2 dropped")
    x = [job(15)] * 2
    x[0] = 1
    print("one slot replaced")
    x[1] = 2
    print("both replaced")
    print("end", b.cr_running)

main()
print("after main")
