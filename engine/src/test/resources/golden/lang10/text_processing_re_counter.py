import re, collections, string

text = """The quick brown fox. The lazy dog!
A fox, a dog; and THE end? Numbers: 3.14, -42, 1e3 and 1,000."""
words = re.findall(r"[a-z']+", text.lower())
freq = collections.Counter(words)
print(freq.most_common(4))
print(sorted(freq, key=lambda w: (-freq[w], w))[:5])
print(re.findall(r"-?\d+(?:[.,]\d+)*(?:e\d+)?", text))
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), "hello big world"))
print(re.split(r"(?<=[.!?])\s+", text))
pat = re.compile(r"(?P<word>\b[Tt]he\b)", re.MULTILINE)
print([(m.start(), m.group("word")) for m in pat.finditer(text)], pat.pattern, pat.flags & re.M != 0)
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "one two three four"), re.subn("o", "0", "foo boo"))
print(re.match(r"(\d+)-(\d+)?", "12-").groups(), re.match(r"(\d+)-(\d+)?", "12-").groups("none"))
print(re.escape("a.b*c"), re.fullmatch(r"[\w.]+@\w+\.\w{2,}", "me.x@site.org") is not None)
m = re.search(r"(?i)THE\s(\w+)", text)
print(m.group(0, 1), m.expand(r"[\1]"), m.re.pattern, m.string[:9], m.lastindex, m.pos)
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e, e.pos)
table = str.maketrans("", "", string.punctuation)
clean = text.translate(table)
print(clean.split()[:6], len(clean))
lines = text.splitlines()
width = max(map(len, lines))
for line in lines:
    print(f"|{line:<{width}}|")
print(f"{'Word':<8}{'Count':>6}")
for w, c in sorted(freq.items())[:4]:
    print(f"{w:<8}{c:>6}")
caesar = lambda s, k: "".join(chr((ord(ch) - 97 + k) % 26 + 97) if ch.islower() else ch for ch in s)
print(caesar("hello, world", 3), caesar(caesar("abc xyz", 5), -5))
print("".join(sorted(set("mississippi"), key="mississippi".index)), "-".join(reversed("abc")))
print(" ".join(w.capitalize() for w in "the art of war".split()), "snake_case_name".replace("_", " ").title().replace(" ", ""))
vowels = sum(ch in "aeiou" for ch in text.lower())
print(vowels, text.lower().count("the"), text.find("fox", 20), text.rfind("fox"), text.index("dog"))
print(re.sub(r"\s+", " ", "  lots   of\t\tspace\n here "), repr(" x ".strip()), "a\tb".expandtabs(), "%-5s|%5s|" % ("ab", "cd"))
