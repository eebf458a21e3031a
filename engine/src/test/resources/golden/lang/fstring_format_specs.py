import math
vals = [0, 7, -7, 255, 1234567, 3.14159, -0.0, 1e-7, 1e22, float("inf"), float("nan"), 2**70, True]
specs = ["", ">8", "<8", "^9", "08", "+", " ", ",", "_", ".3", ".3f", ".2e", ".3g", "%", "x", "#x", "o", "#b", "e", "G", "n", "*^12", "=+10", ",.2f", "#.0f"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError) as e:
            row.append("E:" + str(e))
    print(repr(v), "|".join(row))
name, w = "pad", 10
print(f"{name!r:>{w}}|{name:{'^'}{w}}|{3.5:{w}.{2}f}|{'{'}{name}{'}'}")
print(f"{12345678.9:_.1f} {0.000123:.2%} {-42:=8} {42:<+6}| {'abc':.2} {'abc':x<5}")
x = 10
print(f"{x=}, {x*2=:>5}, {name=!s}, {math.pi=:.3f}")
print(f"{'nested {braces}'}", f"{{literal}}", f"{x:{'#'}x}")
for s in ["{:d}".format, "{:s}".format]:
    for v in [3.0, "s", 3]:
        try:
            print(s(v))
        except ValueError as e:
            print("ValueError:", e)
print("{0}{1}{0}".format("a", "b"), "{name}-{0}".format(1, name="n"), "{:>{}}".format("r", 4))
print("{0[1]} {0[k]}".format({1: "one", "k": "kay"}), "{.real}".format(3))
try:
    "{} {1}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{".format()
except ValueError as e:
    print("ValueError:", e)
print("%s %r %5d %-5d| %05.1f %x %c %%" % ("s", "r", 42, 42, 3.14159, 255, 65))
print("%(a)s and %(b)d" % {"a": "A", "b": 2})
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
