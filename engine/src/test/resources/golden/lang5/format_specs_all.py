vals = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**70, True]
specs = ["", "d", "5d", "<5d", "^7d", "=+8d", "+d", " d", "-d", "05d", "_d", ",d", "x", "#x", "X", "#X", "o", "#o", "b", "#b",
         "#010b", "_b", "_x", "#_x", "c", "n", "e", ".2e", "f", ".3f", "%", ".1%", "g", "G", "010,d", "*^12,d", "0=10d", "+#x", "E"]
for v in vals:
    row = []
    for s in specs:
        if s == "c" and (v < 0 or v > 0x10ffff): continue
        try:
            row.append(format(v, s))
        except (ValueError, OverflowError) as e:
            row.append("ERR:" + str(e))
    print(v, row)
fvals = [0.0, -0.0, 1.5, -2.25, 3.14159265358979, 1e16, 1.23e-7, 1e300, float("inf"), float("-inf"), float("nan"), 123456.789, 0.1, 2.5, 1e22, 5e-324]
fspecs = ["", "f", ".0f", ".2f", "10.3f", "<10.2f", "+.1f", " .1f", "e", ".3e", "E", "g", ".3g", "G", ".10g", "%", ".2%", "n", ",.2f", "_.3f",
          "010.2f", "#.0f", "#g", "#.3g", ".0e", "#.0e", "z.1f", "r" , "=+12.3f", "^12.1e", ".1", ".5", ".17g", "#"]
for v in fvals:
    row = []
    for s in fspecs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError) as e:
            row.append("ERR:" + str(e))
    print(repr(v), row)
for s in ["", "s", ">10", "<10", "^10", "*^11", ".2", "10.2", "=10", "+", "d", ",", "#", "0>5", "05"]:
    try:
        print(repr(format("hello", s)))
    except (ValueError, TypeError) as e:
        print("ERR", e)
for v in [1+2j, -1.5j, complex(0, 0), complex(1e20, -3)]:
    for s in ["", ".2f", "10.1f", "e", "g", "+.3g", "^20", "z"]:
        try:
            print(repr(format(v, s)), end=" ")
        except (ValueError, TypeError) as e:
            print("ERR", e, end=" ")
    print()
x = 3.14159; w = 10; p = 3
print(f"{x:{w}.{p}f}|{x!r:>12}|{'a'!a}|{'é'!a}|{x=}|{x = :.2f}|{w*2=}|{{literal}}|{x:*<{w}}")
name = "World"
print(f"{name!r:^20}|{name:>{w}}|{name[1:3]}|{len(name):#x}|{[1,2][0]}|{'%d' % 3}")
import datetime
d = datetime.date(2024, 3, 5)
print(f"{d:%Y/%m/%d}", f"{d}", f"{d!r}", format(d, ""))
print("%5.2f|%-6d|%+d|%x|%o|%e|%g|%s|%r|%c|%%|%05.1f|%#x|%*d|%-*s|" % (3.14159, 42, 7, 255, 8, 12345.678, 0.00001, "s", "r", 65, 2.25, 255, 5, 3, 4, "ab"))
print("%(a)s-%(b)03d" % {"a": 1, "b": 2})
for bad in ["%d" , "%z", "%(a)s %s"]:
    try:
        print(bad % ("x",))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    "%d %d" % (1,)
except TypeError as e:
    print(e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print(e)
for bad in ["{:d}".format, "{:x}".format, "{:,s}".format]:
    try:
        print(bad(1.5))
    except ValueError as e:
        print(e)
try: format(1, "q")
except ValueError as e: print(e)
try: format("s", "d")
except ValueError as e: print(e)
try: format(1.0, ",_")
except ValueError as e: print(e)
try: format([], "x")
except TypeError as e: print(e)
try: f"{1:{'x'}}{2:.{'a'}f}"
except ValueError as e: print(e)
print("{0}{1}{0}".format("a", "b"), "{}{}".format(1, 2), "{a.real}{b[0]}".format(a=1, b=[9]), "{!r:>5}".format("x"))
try: "{}{1}".format(1, 2)
except ValueError as e: print(e)
try: "{0}".format()
except IndexError as e: print(e)
try: "{x}".format()
except KeyError as e: print(repr(e))
print("{:{}}".format(3, 5) + "|", format(12345678, ",").replace(",", "."), "{:%}".format(0.25))
