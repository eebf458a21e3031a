import re
text = "Contact: ann@example.com, bob.smith@mail.org; phone 555-1234 or (555) 987-6543. Date 2024-03-10."
print(re.findall(r"[\w.]+@[\w.]+", text))
print(re.findall(r"(\d{3})-(\d{4})", text))
m = re.search(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", text)
print(m, m.group(), m.group("y"), m.groups(), m.groupdict(), m.span(), m.start("m"), m.end(2), m.lastgroup, m.lastindex)
print(re.sub(r"\d", "#", "a1b22c333"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "x@y z@w"), re.subn("a", "b", "banana"))
print(re.sub(r"(?P<w>\w+)", lambda mm: mm.group("w").upper(), "hi there"), re.sub("x*", "-", "abc"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(,)", "a,b"), re.split(r"\s+", "  lead"), re.split("x", "axbxc", maxsplit=1))
print(re.match("abc", "xabc"), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), bool(re.match("", "x")))
p = re.compile(r"(?i)hello\s(world)?")
print(p.pattern, p.flags & re.I, p.groups, p.search("HeLLo "), p.search("hello WORLD").group(1))
print([m.group() for m in re.finditer(r"\b\w", "the quick brown")], re.findall(r"a|b", "cab"), re.findall(r"(a)(b)?", "aab"))
print(re.escape("a.b*c?(d)"), re.findall(r"^\w+", "one\ntwo", re.M), re.findall(r"a.c", "a\nc", re.S), re.findall(r"(?x) a  b  # comment", "ab"))
print(re.findall(r"(?<=\$)\d+", "$5 and $42"), re.findall(r"\d+(?!px)", "10px 20em"), re.sub(r"(?<!^)(?=[A-Z])", "_", "CamelCaseName").lower())
print(re.findall(r"<.*?>", "<a><b>"), re.findall(r"<.*>", "<a><b>"), re.findall(r"a{2,3}", "aaaaaaa"), re.findall(r"a{,2}", "aaa"))
print(re.search(r"(\w)\1", "abccd").group(), re.sub(r"(a)(b)", r"\g<2>\g<1>", "abab"), re.findall(r"[^aeiou\s]+", "hello world"))
for bad in ["(", "a**", "[a-", r"\1(a)", "(?P<n>a)(?P<n>b)", "a{2,1}"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error:", e, "| pos", e.pos)
print(re.findall(r"\d", "٣4"), re.findall(r"\w+", "naïve café"), re.findall(r"(?a)\w+", "naïve"), re.findall(r"[À-ÿ]", "àbç"))
m = re.match(r"(a)|(b)", "b")
print(m.groups(), m.groups("-"), m.group(0, 1, 2), m.expand(r"[\2]"), m.re.pattern, m.string, m.pos, m.endpos)
print(re.sub(r"\s+", " ", "  many   spaces\there ").strip(), re.compile("a").sub("b", "aaa", count=2))
print(repr(re.compile(r"\d+", re.I | re.M)), re.compile(r"x").match("yx", 1), re.compile(r"x").search("yxz", 0, 1))
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error:", e)
print(re.findall(r"(?:ab)+", "ababab abab"), re.findall(r"\Bfoo\b", "xfoo foo"), re.findall(r"\A\w|\w\Z", "abc"))
print(re.split(r"\b", "hi there"), re.findall(r"", "ab"), re.sub("", "-", "ab"), re.findall(r"[\]\[]", "a[b]c"))
word_counts = {}
for w in re.findall(r"[a-z']+", "It's the end of the world as we know it, and I feel fine. The END.".lower()):
    word_counts[w] = word_counts.get(w, 0) + 1
print(sorted(word_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
