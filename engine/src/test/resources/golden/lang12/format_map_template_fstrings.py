from string import Template
import string

class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"
print("{name} is {age} years".format_map(Default(name="Ann")))
try:
    "{name}".format_map({})
except KeyError as e:
    print("KeyError:", e)
print("{0[a]} {0[b]}".format({"a": 1, "b": 2}), "{.real}".format(3j), "{!r:>8}".format("x"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{:d}".format("x")
except ValueError as e:
    print("ValueError:", e)
try:
    "{:s}".format(5)
except ValueError as e:
    print("ValueError:", e)
print("{:{w}.{p}f}|".format(3.14159, w=10, p=2), "{:^{}}|".format("mid", 9), "{{}} {}".format("lit"))

t = Template("$who likes ${what}; cost $$5")
print(t.substitute(who="Tim", what="tea"))
print(t.safe_substitute(who="Tim"))
try:
    t.substitute(who="Tim")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$a$b").substitute({"a": 1}, b=2), t.template)
print(Template("$x").get_identifiers() if hasattr(Template, "get_identifiers") else "no get_identifiers", Template("$ok").is_valid())
print(string.capwords("hello   wide world"), string.ascii_lowercase[:5], string.punctuation[:6])

x, y = 3, 4.5
name = "Ann"
print(f"{x=}", f"{y = :.2f}", f"{name=!r:>8}", f"{x*y=}", f"{name!s:*^9}")
print(f"{x + 1 = }", f"{'q'=}", f"{y=!s}", f"{name=}")
items = [1, 2]
print(f"{items!r}", f"{items[0]:03}", f"{len(items)=}")
width, prec = 8, 3
print(f"{3.14159:{width}.{prec}f}|", f"{'left':<{width}}|", f"{42:#0{width}x}", f"{-5:+{width}}")
print(f"{1234567.891:,.2f}", f"{1234567:_}", f"{0.25:.1%}", f"{12:b}", f"{255:#o}", f"{1e-7:g}", f"{123456789.0:g}")
print(f"{'nested {}':>{width + 4}}|", f"{{literal}}", f"{x!r}{y!a}")
import datetime
d = datetime.date(2024, 2, 29)
print(f"{d:%d %b %Y}", f"{d!r}", f"{d=:%A}")
try:
    f"{x:q}"
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
