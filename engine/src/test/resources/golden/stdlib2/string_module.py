import string
for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits", "punctuation", "printable", "whitespace"]:
    print(name, repr(getattr(string, name)))
print(string.capwords("hello   big world"), string.capwords("a-b c", "-"))
t = string.Template("$who likes ${what}! $$")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"), t.template)
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
print(string.Formatter().format("{0} + {x}", 1, x=2))
print(sorted(n for n in dir(string) if not n.startswith("_")))
print(string.Template("$a and ${b}").get_identifiers(), string.Template("$a $").is_valid(), string.Template("x $$ y").is_valid())
try:
    string.Template("cost: $").substitute()
except ValueError as e:
    print("ValueError:", e)
try:
    string.Template("a\nb $1").substitute()
except ValueError as e:
    print("ValueError:", e)


class Pct(string.Template):
    delimiter = "%"


print(Pct("%who is %{what}").substitute(who="it", what="ok"), Pct.pattern.flags & 2)
print(string.Template("$x$y").substitute({"x": 1}, y=2), string.Template("$x").safe_substitute({}))
f = string.Formatter()
print(list(f.parse("a{0}b{name!r:>5}{{c}}")), f.format("{0[1]} {p.real} {:d}", [5, 6], p=3j) if False else None)
print(f.format("{} and {}", "x", "y"), f.format("{0:>4}|{1!r}", 7, "s"), f.vformat("{a.imag}", (), {"a": 2j}))


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()


print(Upper().format("{} {x}", "ab", x="cd"), string.Formatter().format("{0[0]}{0[k]}", {0: "z", "k": "w"}))
