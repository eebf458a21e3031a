# f-string = specifier, conversions, nested specs, format of various types
import fractions
x, name, pi = 42, "Ada", 3.14159
items = [1, 2]
print(f"{x=}", f"{x = }", f"{x=:>6}", f"{name=!s}", f"{name=!r:>8}", f"{pi=:.2f}")
print(f"{x*2=}", f"{items[0]=}", f"{len(items)=}", f"{name.upper()=}")
print(f"{x:#x} {x:#o} {x:#b} {x:08.3f} {x:+} {-x: } {x:,} {10**7:_} {x:e} {x:%}")
w, p = 10, 3
print(f"[{pi:{w}.{p}}] [{pi:<{w}.{p}f}] [{name:^{w}}] [{name:*^{w}}] [{x:{'>'}{w}}]")
print(f"{'a' 'b'}", f"{{literal}}", f"{'{'}", f"{x!a}", f"{'é'!a}")
print(f"{3.0:g} {1e20:g} {1e-5:g} {123456789.0:g} {0.1+0.2!r} {1/3:.20f}")
print(f"{True:d} {True!s:>6} {None!r} {b'x'!r} {1+2j:.1f} {complex(0, -0.0)}")
print(f"{fractions.Fraction(1, 3)}")
print(f"{12345.678:,.2f} {-0.0:+.1f} {float('inf'):>6} {float('nan'):^7}")
print(f"{'x':=>5}" if True else "")
try:
    print(f"{x:s}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{name:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{pi:,d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(format(x, "=^ 10"))
    print(format(x, ".2s"))
except ValueError as e:
    print("ValueError:", e)
print(format(-42, "=+8"), format(42, "x<8"), format("abc", ".2"), format(2**70, ","))
print("%5.1f|%-6s|%03d|%x|%r|%c|%%" % (pi, name, 7, 255, name, 65))
print("%(a)s-%(b)05.1f" % {"a": 1, "b": 2.25})
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
