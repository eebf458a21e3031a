a + b - c * d / e // f % g @ h ** i ** j
-x + +y - ~z
not a and b or c and not d
a < b <= c > d >= e == f != g
a is b, a is not b, a in b, a not in b
a | b ^ c & d << e >> f
(a + b) * (c - d)
x if y else z if w else v
lambda: 0
lambda x, y=1, *args, z, w=2, **kw: x
lambda a, /, b, *, c: a
(yield_ := 5)
await_ = 1
x[1], x[1:2], x[:], x[::2], x[1:2:3], x[a, b], x[1:2, ::3], x[...]
f(), f(a), f(a, b), f(*a), f(**k), f(a, *b, c=1, **d), f(a=1, *b)
f(x for x in y)
f(x for x in y if x if not x)
obj.attr.attr2(1)[2].attr3
[1, 2, 3], [], (), (1,), (1, 2), {1: 2, **d}, {}, {1, 2}, {*a, *b}
[x for x in y], {x for x in y}, {k: v for k, v in d.items()}, (x for x in y)
[x * y for x in range(3) for y in range(x) if x if y]
[*a, *b]
a, *b = c
*a, b = c
[a, [b, *c]] = d
a = b = c = 1
x += 1; y -= 2; z *= 3; w /= 4; v //= 5; u %= 6; t **= 7; s @= 8
q &= 1; r |= 2; p ^= 3; o <<= 4; n >>= 5
x.y = 1
x[0] = 1
x: int
x: int = 5
(x): int = 5
x.y: str = "s"
x[0]: float
1 if 2 else 3
a[1:2, 3]
True, False, None, ...
