x = "outer"
vals = [x for x in range(3)]
print(x, vals)
print({k: v for k, v in zip("ab", range(2))}, {i % 3 for i in range(10)}, list(i * j for i in range(3) for j in range(i)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [n for row in matrix for n in row if n % 2])
gen = (y for y in range(3))
print(next(gen), list(gen))
def f():
    return [lambda: i for i in range(2)]
print([g() for g in f()])
funcs = {name: (lambda n=name: n.upper()) for name in ["a", "b"]}
print({k: fn() for k, fn in funcs.items()})
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError:", e)
class C:
    base = [1, 2]
    doubled = [b * 2 for b in base]
    try:
        bad = [b * base[0] for b in range(2)]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)
print(sum(x for x in range(5)), max((len(w), w) for w in "a bb ccc".split()), any(c.isdigit() for c in "ab1"))
print([(i, j) for i in range(3) if i for j in "xy" if j != "x"])
print(sorted({(a, b) for a in range(2) for b in range(2)}), dict.fromkeys(range(3)).keys())
