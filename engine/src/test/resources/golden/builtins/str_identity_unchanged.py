# Which str operations give back the str itself and which a new one, as CPython 3.11.7 does (formatting
# a whole str, an empty operand, a separator not found, a str subclass's instance).
class S(str): pass
s = "".join(["x", "abcdef"])[1:]
u = S("abc")
print([format(s, sp) is s for sp in ["", "s", "3", "6", "7", ".6", ".5", "<4", ">10", "^6", "x<6", "=6" if False else "6s", ".7s"]])
print(type(format(u, "s")).__name__, format(u, "s") is u, type(format(u, "")).__name__, format(u, "") is u, type(u.__format__("")).__name__, u.__format__("") is u, u.__format__("s") is u)
print("%s" % s is s, "%s" % (s,) is s, "%s%s" % (s, "") is s, "%s%s" % ("", s) is s, "%5s" % s is s, "%.9s" % s is s, "%r" % s is s, "a%s" % s is s, "%s" % u is u, type("%s" % u).__name__)
print("{}".format(s) is s, "{0}".format(s) is s, "{!s}".format(s) is s, "{:s}".format(s) is s, "{}{}".format(s, "") is s, "{0}{0}".format(s) is s, "x{}".format(s) is s, "{}".format(u) is u, "{:s}".format(u) is u, type("{:s}".format(u)).__name__)
print(f"{s}" is s, f"{s:s}" is s, f"{s!s}" is s, f"{s:6}" is s, f"{s}{''}" is s, f"{u}" is u, f"{u:s}" is u, type(f"{u:s}").__name__)
print(s.__str__() is s, str(s) is s, u.__str__() is u, type(u.__str__()).__name__, str(u) is u, s.__format__("") is s)
print(s.partition("q")[0] is s, s.rpartition("q")[2] is s, u.partition("q")[0] is u, type(u.partition("q")[0]).__name__, s.splitlines()[0] is s, u.splitlines()[0] is u)
print("" + s is s, s * 1 is s, type(u * 1).__name__, (u * 1) is u, 1 * s is s)

cases = {
    "replace-none": lambda s: s.replace("q", "z"),
    "replace-same": lambda s: s.replace("b", "b"),
    "replace-0": lambda s: s.replace("b", "z", 0),
    "strip": lambda s: s.strip(), "lstrip": lambda s: s.lstrip(), "rstrip": lambda s: s.rstrip("q"),
    "zfill": lambda s: s.zfill(2), "zfill-eq": lambda s: s.zfill(len(s)),
    "expandtabs": lambda s: s.expandtabs(),
    "removeprefix": lambda s: s.removeprefix("q"), "removesuffix": lambda s: s.removesuffix("q"),
    "removeprefix-empty": lambda s: s.removeprefix(""),
    "center": lambda s: s.center(2), "ljust": lambda s: s.ljust(len(s)), "rjust": lambda s: s.rjust(1, "*"),
    "join1": lambda s: "".join([s]), "join1sep": lambda s: ",".join([s]), "joinchars": lambda s: "".join(list(s)),
    "mul1": lambda s: s * 1, "slice-all": lambda s: s[:], "slice-full": lambda s: s[0:len(s)],
    "slice-step1": lambda s: s[::1], "slice-neg": lambda s: s[-len(s):],
    "str": lambda s: str(s), "add-empty": lambda s: s + "", "empty-add": lambda s: "" + s,
    "format": lambda s: format(s), "format-s": lambda s: format(s, "s"), "fstring": lambda s: f"{s}",
    "fstring-s": lambda s: f"{s:s}", "percent": lambda s: "%s" % s, "strformat": lambda s: "{}".format(s),
    "split-none": lambda s: s.split("q")[0], "rsplit-none": lambda s: s.rsplit("q")[0],
    "split-ws": lambda s: s.split()[0], "partition": lambda s: s.partition("q")[0],
    "rpartition": lambda s: s.rpartition("q")[2], "splitlines": lambda s: s.splitlines()[0],
    "translate": lambda s: s.translate({}), "maketrans": lambda s: s.translate(str.maketrans("q", "z")),
    "min1": lambda s: min([s]), "sorted": lambda s: sorted([s])[0], "repr-eval": lambda s: s.__str__(),
    "getitem0": lambda s: s[0:1], "casefold": lambda s: s.casefold(),
}
for label, s0 in [("abc", "abcdef"), ("one", "b"), ("long", "abcdef" * 20), ("uni", "\u0101bc\u0102")]:
    s = "".join(["x", s0])[1:] if len(s0) > 1 else s0
    out = []
    for name, f in cases.items():
        try:
            r = f(s)
            out.append(f"{name}={'self' if r is s else 'new'}")
        except Exception as e:
            out.append(f"{name}=!{type(e).__name__}")
    print(label, " ".join(out))
