# More places a never-awaited coroutine loses its last holder: slices, class attributes, deques, namespaces
async def job(n):
    return n
class Box:
    pass
def main():
    lst = [job(1), job(2)]
    del lst[:]
    print("slice deleted")
    lst = [job(3), job(4)]
    lst[:] = []
    print("slice assigned")
    Box.a = job(5)
    Box.a = None
    print("class attr rebound")
    s = {job(6)}
    s.pop()
    print("set pop")
    d = {1: job(7)}
    d.popitem()
    print("popitem")
    d = {1: job(8)}
    d[1] = 0
    print("dict value replaced")
    l2 = [job(9)]
    l2.remove(l2[0])
    print("removed")
    from collections import deque
    dq = deque([job(10)])
    dq.popleft()
    print("deque popleft")
    dq2 = deque([job(11)], maxlen=1)
    dq2.append(1)
    print("deque pushed out")
    import types
    ns = types.SimpleNamespace(c=job(12))
    del ns.c
    print("namespace attr deleted")
main()
