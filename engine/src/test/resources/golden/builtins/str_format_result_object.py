# Which str object str.format and format_map give: CPython's writer takes a str whole as the
# result while nothing has been written and it is the last thing to write, so a last field whose
# formatted str is all the output is that object itself (keyword fields, format_map, a
# __format__'s own result, after empty fields); any other output is a new str. Recorded with
# CPython 3.11.7.
class S(str):
    pass


class F:
    def __init__(self, r):
        self.r = r

    def __format__(self, spec):
        return self.r

    def __repr__(self):
        return "F()"


G = "gee" * 2
Z = S("zz")
for t in ["{}", "{0}", "{x}", "{:8}", "{!s}", "{}{}", "{1}{0}", "{0}{1}", "{x}{}", "{}{x}", "a{x}", "{{{}}}"]:
    for v in ["abc", S("abc"), "", F(G), F(Z), 7]:
        for second in ("", "q"):
            r = t.format(v, second, x=v)
            print(repr(t), type(v).__name__, repr(second), repr(r), type(r).__name__, r is v, r is G, r is Z)
for t in ["{x}", "{x}{y}", "{y}{x}", "a{x}"]:
    for v in ["abc", S("abc"), F(G)]:
        r = t.format_map({"x": v, "y": ""})
        print("map", repr(t), type(v).__name__, repr(r), r is v, r is G)
