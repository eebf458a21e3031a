import re
tests = [
    (r"(a|ab)(c|bcd)(d*)", "abcd"), (r"^(\w+)@(\w+)\.com$", "x@y.com"), (r"(?s).+", "a\nb"), (r"(?i:A)b", "aB ab Ab"),
    (r"[^\W\d_]+", "ab1_c"), (r"\s", "a\u00a0b\u2003c"), (r"\bfoo\b", "foo foobar (foo)"), (r"(\d+)(?:px|em)", "1px 2em 3pt"),
    (r"x?", "axx"), (r"(a*)*", "b"), (r"(a*)+", "b"), (r"(a|b)*?c", "abac"), (r"\d{2,3}?", "12345"),
    (r"[a-c-e]", "b-d"), (r"[\s\S]", "x"), (r"\W+", "a, b!"), (r"(?<=\d)(?=(\d{3})+$)", "1234567"),
    (r"\$\d+\.\d\d", "$3.50 $10.00"), (r"[A-Z][a-z]+", "Hello World FOO Bar"), (r"(?m)^\s*#.*$", "a\n  # c\n#d"),
    (r"\\", "a\\b"), (r"\.", "a.b"), (r"[.]", "a.b"), (r"a|b|", "abc"), (r"(?x) a b # c", "ab"),
]
for pat, s in tests:
    print(pat, re.findall(pat, s), re.sub(pat, "<>", s), re.split(pat, s)[:6])
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), "hello big world"))
print(re.sub("(?P<a>x)", r"\g<a>\g<0>", "axb"), re.subn(r"\s", "", " a b "), re.split(r"\s+", " a  b "))
print(re.match(r"(?P<first>\w+)\s(?P<last>\w+)", "Jane Doe").groupdict(), re.compile(r"\d").search("ab3").start())
it = re.finditer(r"\d", "a1b2")
print(type(it).__name__ in ("callable_iterator", "list_iterator"), [m.start() for m in it])
print(re.compile("a|b").pattern, re.compile(r"\s").split("x y"), re.purge())
print(re.Match, re.Pattern, isinstance(re.compile("a"), re.Pattern), isinstance(re.match("a", "a"), re.Match))
print(repr(re.I | re.M | re.S), re.RegexFlag, list(re.RegexFlag)[:3], re.NOFLAG, re.I.value, re.I.name, ~re.I & re.I)
print(re.compile("a", re.X | re.A), re.compile("a", flags=re.DOTALL).flags, re.compile("(?ims)a").flags, re.compile("(?a)a").flags)
print(re.fullmatch("a|ab", "ab"), re.match("a|ab", "ab"), re.search(r"(a)(?(1)b|c)", "ab") if False else None)
print(re.findall(r"(?i)[a-z]+", "Hello WORLD"), re.findall(r"[À-ÿ]+", "café naïve"), re.findall(r"(?i)É", "éÉ"))
