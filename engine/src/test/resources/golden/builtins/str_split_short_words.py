# The words that str.split() cuts from a long ASCII str, most of them short (the engine keeps a
# word of at most 7 chars without a Java String until its text is needed): every length from 1 to
# 9, then each word used every way a program uses words. Recorded with CPython 3.11.7.
import sys

lengths = [1, 2, 3, 4, 5, 6, 7, 8, 9, 7, 3, 1]
chars = "az09AZ_-.!~#\x7f\x01"
words = []
for i, n in enumerate(lengths * 3):
    words.append("".join(chars[(i * 5 + k * 3) % len(chars)] for k in range(n)))
text = "  ".join(words) + "\n" + " ".join(str(n) for n in range(30))
pieces = text.split()
print(len(text), len(pieces), pieces == words + [str(n) for n in range(30)])

for w, orig in zip(pieces, words):
    print(len(w), repr(w), w == orig, hash(w) == hash(orig), w < orig, w <= orig, w != orig,
          sys.getsizeof(w) == sys.getsizeof(orig), w[::-1], w[1:], w[-1], w.upper(), w.isalnum(),
          w * 2, w + "|", f"{w:>9}|{w!r}", "%-8s|" % w, w.encode(), list(w)[:3], w in text,
          text.find(w), text.count(w), str(w) is w, w[:] is w, w.strip() is w)

counts = {}
for w in pieces:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items())[:8], len(counts), max(counts.values()))
print(all(w in counts for w in words), all(counts[w] >= 1 for w in words), set(pieces) == set(words) | {str(n) for n in range(30)})
print(sorted(pieces)[:10], min(pieces), max(pieces), "-".join(pieces[:6]))
numbers = pieces[len(words):]
print(sum(int(p) for p in numbers), [float(p) for p in numbers[:4]], [p.zfill(4) for p in numbers[8:12]])
print([p is chr(ord(p)) for p in pieces if len(p) == 1][:12])
first = pieces[0]
print({first: 1}[words[0]], {words[0]: 2}[first], first in {words[0]}, words[0] in {first}, hash(first) == hash(words[0]))
print(sorted({w[:3] for w in pieces})[:6], [w.split("-") for w in pieces if "-" in w][:3])
print(sys.intern(pieces[3]) == words[3], pieces[3].replace(pieces[3][0], "@"), pieces[5].center(11, "*"))
