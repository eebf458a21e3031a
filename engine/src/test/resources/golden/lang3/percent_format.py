print("%s is %d years" % ("Ann", 30))
print("%5.2f|%-6d|%06.1f|%+d|% d" % (3.14159, 42, 2.5, 7, 7))
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 12345.678, 0.00012, 1e20, 1e-5))
print("%r %a %c %c %%" % ("q", "é", 65, "z"))
print("%(name)s=%(val)05d" % {"name": "n", "val": 12})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % [1, 2], "%s" % (1,), "%d" % True, "%.3s" % "abcdef")
for bad in [("%d", "x"), ("%d %d", (1,)), ("%s %s", (1, 2, 3)), ("%z", 1), ("%(a)s", (1,)), ("%c", 300000000), ("%c", "ab"), ("%", ()), ("%d", None)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(b"%s-%d" % (b"ab", 5), b"%x" % 255)
print("%i %u" % (3, 4), "%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%10.4s|" % "abcdefg", "%-10s|" % "ab")
print("%.2e" % 0, "%g" % 100000, "%g" % 1000000, "%#g" % 1.0)
