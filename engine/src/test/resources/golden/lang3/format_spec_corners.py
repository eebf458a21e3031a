print(format(1234567.891, ","), format(1234567, "_"), format(0.000001234, ".3"), format(255, "#010b"))
print(f"{3.14159:=+10.3f}|{-42:=8}|{42:^9}|{'x':*>5}|{'y':-<4}|")
print(f"{12345.6789:,.2f} {1e10:.2e} {0.5:%} {0.1234:.1%} {5:n}")
print(f"{'abc':.2}|{'abc':5}|{123:5}|{123:<5}|")
print(f"{True:d} {True} {True!r:>6} {None!s:>5}")
print(format(-0.0, ".1f"), format(float('nan'), "5"), format(float('-inf'), "+"), format(1e16, "g"))
print(f"{10:#x} {10:#o} {10:#b} {-10:#x} {10:X}")
print(f"{1234:08,} {1234.5:010,.1f}")
x, width, prec = 3.14159, 10, 3
print(f"{x:{width}.{prec}f}|{x!r:>{width}}|")
for spec in ["d", ",s", ".2d", "c", "=s", "z"]:
    try:
        print(spec, format(65, spec))
    except ValueError as e:
        print("ValueError:", e)
for val, spec in [("s", "d"), (1.5, "d"), ([1], ">3"), (object, "x")]:
    try:
        print(format(val, spec))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(f"{'{'}{'}'} {{}} {{{1}}}")
print("{0}{1}{0}".format("a", "b"), "{:>{w}}".format("r", w=4), "{0[1]} {1.real}".format([5, 6], 3j))
for tmpl, args in [("{}{1}", (1, 2)), ("{2}", (1,)), ("{x}", ()), ("{0.nope}", (1,)), ("{", ()), ("}", ()), ("{0[a]}", ([1],))]:
    try:
        print(tmpl.format(*args))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("{!r:^10}".format("hi"), "{:%Y}".format(__import__("datetime").date(2020, 1, 2)))
