# str.split() without a separator on strs of 64 chars or more (the engine scans ASCII ones by
# byte): every ASCII whitespace char, maxsplit, leading and trailing whitespace, one long word,
# and the same texts with a non-ASCII char. Recorded with CPython 3.11.7.
ws = " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"
words = ["w%d" % i for i in range(40)]
text = ""
for i, w in enumerate(words):
    text += ws[i % len(ws)] * (1 + i % 3) + w
text += "\x1f\n  "
print(len(text), len(text.split()), text.split()[:5], text.split()[-3:])
for m in (0, 1, 2, 5, 39, 40, 41, -1):
    parts = text.split(None, m)
    print(m, len(parts), repr(parts[0][:8]), repr(parts[-1][:12]), repr(parts[-1][-6:]))
print(text.split(maxsplit=3)[:4])

word = "x" * 100
print(word.split() == [word], word.split()[0] is word)
padded = "  \t" + word + "\n"
print(padded.split() == [word], padded.split()[0] is padded)
print(("\x1c" * 70).split(), (" " * 80).split(None, 2))

accented = text.replace("w1", "é1")
print(len(accented.split()), accented.split()[:3])
wide = text + "\u3000" + "tail" + "\u2028" + "end" + "\x85" + "x"
print(len(wide.split()), wide.split()[-4:])

csv = "\n".join("%06d,item-%02d,%4d" % (i, i % 97, i * 37 % 1000) for i in range(3000))
row_words = csv.replace(",", " ").split()
print(len(row_words), row_words[:6], row_words[-3:])
