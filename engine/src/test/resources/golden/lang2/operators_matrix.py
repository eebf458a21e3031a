# Every binary operator between values of common built-in types: result type and repr, or the error.
vals = [0, -3, 2**70, 2.5, -0.0, 1j, "ab", b"ab", bytearray(b"x"), [1], (1,), {1}, {1: 2}, None, True,
        range(3), frozenset({2}), {1: 2}.keys(), {3: 4}.values()]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b), ("@", lambda a, b: a @ b),
       ("<<", lambda a, b: a << b), (">>", lambda a, b: a >> b), ("&", lambda a, b: a & b), ("|", lambda a, b: a | b),
       ("^", lambda a, b: a ^ b), ("<", lambda a, b: a < b), ("==", lambda a, b: a == b), ("in", lambda a, b: a in b)]
def show(label, f):
    try:
        r = f()
        if isinstance(r, (set, frozenset)) and any(isinstance(x, (str, bytes)) for x in r):
            r = sorted(r, key=repr)
        print(label, "|", type(r).__name__, repr(r)[:60])
    except Exception as e:
        print(label, "|", type(e).__name__, str(e)[:100])
for a in vals:
    for sym, f in ops:
        for b in vals:
            if sym == "**" and (b == 2**70 or isinstance(a, complex) or isinstance(b, complex)):
                continue
            if sym in ("*", "<<") and 2**70 in (a, b) and not isinstance(a, (int, float)) or sym == "<<" and b == 2**70:
                continue
            show(f"{a!r} {sym} {b!r}", lambda: f(a, b))
for name, u in (("-", lambda a: -a), ("~", lambda a: ~a), ("not", lambda a: not a), ("abs", abs), ("int", int),
                ("float", float), ("len", len), ("bool", bool), ("round", round), ("str", str), ("list", list)):
    for a in vals:
        show(f"{name} {a!r}", lambda: u(a))
for name, fn in (("chr", chr), ("hex", hex), ("sum", sum), ("min", min), ("sorted", sorted), ("tuple", tuple),
                 ("set", set), ("hash", hash), ("complex", complex), ("bytes", bytes), ("ord", ord)):
    for a in vals:
        if name == "hash" and (a is None or isinstance(a, (str, bytes, tuple, frozenset, type({}.values())))):
            continue
        if name == "bytes" and a == 2**70:
            continue
        show(f"{name}({a!r})", lambda: fn(a))
