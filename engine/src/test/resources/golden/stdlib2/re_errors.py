import re

for pattern in ["(", ")", "a)", "*", "+a", "a**", "a{2}{3}", "[a", "[", r"\q", "a\\", "(?P<1>a)", "(?P<a-b>x)",
                r"(a)\2", r"\1(a)", "[z-a]", "(?<=a*)b", "a{2,1}", "(?P=x)", "a(?i)b", "(?P<n>a)(?P<n>b)",
                "(?<n>a)", "(?Q)", r"\x4", r"\u12", "^*", r"(?#unterminated", "x{2,1}y", "ab\n(", r"[\d-z]"]:
    try:
        re.compile(pattern)
        print(repr(pattern), "compiled")
    except re.error as e:
        print(repr(pattern), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)

for repl in [r"\3", r"\g<9>", r"\g<nope>", r"\q", "\\"]:
    try:
        print(re.sub("(a)", repl, "a"))
    except (re.error, IndexError) as e:
        print(repr(repl), type(e).__name__, e)

m = re.match("(a)", "a")
for g in [2, "x", -1, 1.0]:
    try:
        m.group(g)
    except IndexError as e:
        print("IndexError:", e)
try:
    re.search(1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.search("a", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError:", e)
print(issubclass(re.error, Exception), re.error.__name__, re.error("plain").pos)
re.compile("(unclosed")
