print(*args, sep='', end='\n', file=sys.stderr)
match = 1
case = 2
_ = 3
match(x)
x = match.case
type = 4
print(match, case, _)
x = [1, 2, 3,]
y = {1: 2,}
z = (1, 2, 3,)
f(a,)
f(*a,)
x = a if b else c
x = (yield_) if 1 else 2
n = 1_0
t = a, b,
for x in 1, 2, 3: pass
for x in *a, *b: pass
return_ = 5
a = not b == c
a = -b ** c
a = (-b) ** c
a = await_(b)
x = 2 ** -1
x = a[-1:]
x = a.b.c.d
del x[1:2]
x = [i for i in range(3)][0]
x = lambda *, k: k
x = lambda *a, **k: 0
x = lambda a, /: 0
x = (a for b in c for d in e)
x = {**a, 'b': 1, **c}
print(f"{x}" "y")
if (n := 10) > 5: pass
while chunk := read(): pass
[y := f(x), y**2]
x = a[b:=1]
f(x := 1)
