import re

m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m)
print(m.group(0), m.group(1), m.group(2), m.group(1, 2), m[1], m.groups())
print(m.start(), m.end(), m.span(2), m.start(1), m.end(2), m.pos, m.endpos, m.string, m.re)
print(m.lastindex, m.lastgroup, m.regs)
print(re.match("x", "yx"), re.search("x", "yx"), bool(re.search("x", "yx")))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))

p = re.compile(r"(?P<key>[a-z_]+)\s*=\s*(?P<value>\d+)")
mm = p.search("  total = 42;")
print(mm.group("key"), mm["value"], mm.groupdict(), mm.span("value"), mm.lastgroup, mm.lastindex)
print(p.groups, p.groupindex, p.pattern, p.flags, p)
print(p.findall("a=1, bb = 22, c_c=333"))
print([x.group() for x in p.finditer("a=1, bb = 22")], [x.span() for x in p.finditer("a=1 b=2")])

print(re.findall(r"\d+", "12 drummers, 11 pipers, 10 lords"))
print(re.findall(r"(\w)(\d)", "a1 b2 c3"), re.findall(r"o", "hello world"), re.findall("z", "abc"))
print(re.findall("a*?", "aa"), re.findall(r"a|", "ba"), re.findall(r"\b\w", "hi there you"))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words."))
print(re.split(r"\W+", "Words, words, words.", 1), re.split("[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split("x*", "axbc"), re.split(r"\b", "a b"), re.split(",", ""), re.split("(,)?", "a,b"))
print(re.sub(r"\s+", " ", "a   b \t\n c"), re.sub("x*", "-", "abxd"), re.sub("a", "b", "aaa", count=2))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home ann@work"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi yo"), re.sub(r"(\d)", r"\g<1>0", "1 2"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"), re.subn("o", "0", "foo boo"))
print(re.sub("(a)|b", r"[\1]", "ab"), re.sub("a", r"\n\t\\", "a"), re.sub("a", "\\&", "a"))
print(re.sub(r"(?m)^", "> ", "one\ntwo"), re.sub("$", "!", "end\n"), re.sub(r"\Z", "!", "end\n"))

print(re.search(r"^b", "a\nb"), re.search(r"^b", "a\nb", re.M), re.search(r"a.b", "a\nb"), re.search(r"a.b", "a\nb", re.S))
print(re.findall(r"^\w", "ab\ncd\nef", re.MULTILINE), re.findall(r"\w$", "ab\ncd\n", re.M), re.findall(r"\w$", "ab\ncd\n"))
print(re.search("HELLO", "say hello", re.I), re.findall("(?i)straße", "STRASSE straße"))
print(re.findall(r"\w+", "héllo wörld 123"), re.findall(r"\w+", "héllo wörld", re.ASCII), re.findall(r"\d", "٣4"))
print(re.findall(r"""
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
""", "555-1234 and 555 9876", re.VERBOSE))
print(re.findall("[]a]", "a]b"), re.findall("[^]a]", "a]b"), re.findall(r"[\]\\-]", "]\\-x"), re.findall("[a-]", "-a"))
print(re.findall(r"[.&]", "a.&"), re.findall(r"[\[]", "[a"), re.findall(r"[\w.-]+@[\w-]+\.\w+", "me.x@a-b.com, y@z.org"))
print(re.findall(r"a{2}", "aaaaa"), re.findall(r"a{2,}", "aaaaa a"), re.findall(r"a{,2}", "aaa"), re.findall("a{x}", "a{x}"))
print(re.findall(r"(a)\1", "aa ab"), re.findall(r"(?P<q>['\"]).*?(?P=q)", "'a' \"b\""), re.findall(r"(?:ab)+", "ababx"))
print(re.findall(r"\d+(?=px)", "10px 20em 30px"), re.findall(r"(?<!\$)\b\d+", "$10 20"), re.findall(r"(?<=@)\w+", "a@b c@d"))
print(re.findall(r"\x41\u0042\N{LATIN SMALL LETTER C}\101", "ABcA"), re.findall(r"\t", "a\tb"), re.findall(r"[\x00-\x1f]", "a\nb\x01"))
print(re.findall("a++b", "aab"), re.findall("(?>a+)b", "aab"), re.findall(r"a*+a", "aaa"))
print(re.escape("a.b*c d-e_f\n"), re.escape("1+1=2?"), re.search(re.escape("(x)"), "f(x)"))
print(re.match("a", "ba", ) , re.compile("a").match("ba", 1), re.compile("^a").search("ba", 1), re.compile("a$").search("ab", 0, 1))
print(re.compile("abc").fullmatch("xabcx", 1, 4), re.compile(r"\w+").findall("one two three", 4, 7))
print(re.I, re.I | re.M, re.compile("a", re.I | re.M), re.compile("(?i)a").flags, re.compile("a").flags, int(re.VERBOSE))
print(re.compile("a") == re.compile("a"), re.compile("a", re.I) == re.compile("a"), re.compile(re.compile("x")))
print(re.compile(r"\d+").sub("#", "a1b22"), re.compile(r",\s*").split("a, b,c"))
print(re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").groups("-"), re.match(r"(a)(b)?", "ac").group(2))
print(re.match(r"(?P<x>a)(?P<y>b)?", "a").groupdict("none"), re.match(r"(a)(b)?", "a").span(2))
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)(b*)", "a").lastindex, re.match(r"(a(b))", "ab").lastindex)
print(re.match("", "x"), re.search("$", "abc"), re.findall("", "ab"), re.sub("", "-", "ab"))
print(re.search("é+", "caféé!"), re.search("😀(.)", "a😀b").span(1), re.findall(".", "a😀b"))
print(re.match(r"(\d+)-(\d+)", "10-20").expand(r"\2 to \1"), re.match("(a)", "a")[0])

words = "the quick brown fox jumps over the lazy dog".split()
print([w for w in words if re.fullmatch(r"[a-m]\w*", w)])
log = """2024-01-05 ERROR disk full
2024-01-05 INFO started
2024-01-06 ERROR timeout"""
for date, level, msg in re.findall(r"^(\S+) (ERROR|WARN) (.*)$", log, re.M):
    print(date, level, msg)
