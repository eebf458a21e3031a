print(repr(format(True)), repr(format(True, ">5")), repr(f"{False:d}"), repr(f"{True!s:>5}"), repr(format(None, "")), repr(f"{None!r:>6}"))
try:
    format(None, ">5")
except TypeError as e:
    print("TypeError:", e)
try:
    format(300000000, "c")
except (OverflowError, ValueError) as e:
    print(type(e).__name__, e)
print(format(65, "c"), format(0x1F600, "c"), format(3, "^5c") if False else "-", format(-0.0, "+g"), format(1e16, "g"), format(1e15, "g"))
print(format("abc", "^7"), format("abc", "*<7"), format("abc", ".2"), format("abc", "7.1"), repr(format("", "^3")))
for spec in ["=5", "+", " ", "#", ",", "05", "x"]:
    try:
        print(spec, repr(format("abc", spec)))
    except ValueError as e:
        print(spec, "ValueError:", e)
print(format([1, 2], ""), str(format((1,), "")))
try:
    format([1, 2], "^10")
except TypeError as e:
    print("TypeError:", e)
class P:
    pass
try:
    f"{P():>10}"
except TypeError as e:
    print("TypeError:", e.args[0].split(" at ")[0] if " at " in e.args[0] else e)
print(f"{12345:,}", f"{12345.678:,.1f}", f"{-1234567:_d}", f"{0:#b}", f"{255:#X}", f"{-255:#o}", f"{10:+#x}", f"{1e-3:.2%}")
print(f"{'x'!a}", f"{'é'!a}", f"{3.0:.0f}", f"{2.5:.0f}", f"{3.5:.0f}", f"{-2.5:.0f}", f"{0.5:.0%}", f"{1/3:.5g}", f"{123456789:e}")
print("{0!r:>10}|{1!s:<6}|{2:^+7.2f}|".format("hi", None, 3.14159), "{:{}{}}".format("z", ">", 4), "{x[0]}{y.real}".format(x="ab", y=2j))
print("%5.1f%%|%-+6d|%06.2f|%x|%X|%#o|%e|%G|%c|%r|%s|%a" % (99.55, 42, 3.14159, 255, 255, 8, 12345.678, 0.00001, 65, "q", [1], "é"))
try:
    "%z" % 1
except ValueError as e:
    print("ValueError:", e)
try:
    "%(a)s %s" % {"a": 1}
except TypeError as e:
    print("TypeError:", e)
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", "b"), "%%d" % (), "%.3s" % "abcdef", "%*d" % (5, 42), "%-*s|" % (4, "x"))
