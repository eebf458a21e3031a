def f():
    return 1000
def g():
    return 1000
print(f() is g())
class A:
    x = 5000
print(A.x is f() - 1000 + 5000, A.x is 5000)
for i in range(254, 260):
    print(i, i is int(str(i)), i + 0 is i, (i * 1) is i)
a = 256
print(a + 1 is 257, a - 256 is 0)
L = list(range(250, 262))
M = list(range(250, 262))
print([x is y for x, y in zip(L, M)])
d = {1000: 'a'}
k = next(iter(d))
print(k is 1000)
t = (300, 300)
print(t[0] is t[1])
import sys
print(sys.maxsize is sys.maxsize, len('x' * 300) is 300, len('x' * 3) is 3)
print(-5 is int('-5'), -6 is int('-6'), 256 is int('256'), 257 is int('257'))
print(True + 0 is 1, hash(300) is 300)
print(round(300.0) is 300, abs(-300) is 300, int(300.0) is 300, max(300, 1) is 300)
