# `a, b = x, y` stores its targets in the order CPython 3.11's optimizer leaves them: distinct
# fast locals on one line last to first, anything else first to last. The old values die in
# that order, which __del__ and "never awaited" warnings show.
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  del', self.name)


def locals_swap():
    a, b = D('a0'), D('b0')
    print('two fast locals:')
    a, b = D('a1'), D('b1')
    print('three fast locals:')
    a, b, c = D('a2'), D('b2'), D('c2')
    a, b, c = D('a3'), D('b3'), D('c3')
    print('one:')
    a, = D('a4'),
    print('list target:')
    [a, b] = D('a5'), D('b5')
    print('leaving')


locals_swap()
print(locals_swap.__code__.co_varnames)


def same_name_twice(x, y):
    a, a = x, y
    return a


print('same name twice:', same_name_twice(1, 2))


def split_lines():
    a, b = D('s0'), D('t0')
    print('targets on two lines:')
    (a,
     b) = D('s1'), D('t1')
    print('leaving')


split_lines()


class Box:
    pass


def attributes_and_globals():
    global g1, g2
    box = Box()
    box.p, box.q = D('p0'), D('q0')
    print('attributes:')
    box.p, box.q = D('p1'), D('q1')
    g1, g2 = D('g1a'), D('g2a')
    print('globals:')
    g1, g2 = D('g1b'), D('g2b')
    print('mixed local and attribute:')
    a, box.p = D('a'), D('p2')
    a, box.p = D('a2'), D('p3')
    print('leaving')


attributes_and_globals()
del g1, g2


def nested():
    x, y = D('x0'), D('y0')

    def inner():
        return x, y
    print('cells:')
    x, y = D('x1'), D('y1')
    return inner


nested()
print('module level:')
m, n = D('m0'), D('n0')
m, n = D('m1'), D('n1')


async def job(n):
    return n


def coroutines():
    first, second = job(1), job(2)
    first, second = None, None
    print('after dropping two coroutines')


coroutines()
sys.stderr.flush()
print('swap values:', *(lambda a, b: (b, a))(1, 2))


def fib_pairs(n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        a, b = b, a + b
        out.append(a)
    return out


print(fib_pairs(10))
print('end')
