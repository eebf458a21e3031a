import difflib
from difflib import SequenceMatcher, get_close_matches, unified_diff, context_diff, ndiff, Differ, restore

s = SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.find_longest_match(0, 5, 0, 4))
s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks())
for tag, i1, i2, j1, j2 in SequenceMatcher(None, "qabxcd", "abycdf").get_opcodes():
    print("{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}".format(tag, i1, i2, j1, j2, "qabxcd"[i1:i2], "abycdf"[j1:j2]))
print(get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(get_close_matches("wheel", keyword.kwlist), get_close_matches("pineapple", keyword.kwlist), get_close_matches("accept", keyword.kwlist))
print(get_close_matches("colour", ["color", "colour", "collar", "cooler", "dolor"], n=2, cutoff=0.5))
for bad in [dict(n=0), dict(cutoff=2)]:
    try:
        get_close_matches("x", ["y"], **bad)
    except ValueError as e:
        print(e)
a = """one
two
three
four
five
six
seven
eight
nine
ten""".splitlines(keepends=True)
b = """zero
one
two
three
4
five
six
seven
eight
nine
ten
eleven""".splitlines(keepends=True)
print("".join(unified_diff(a, b, fromfile="before.txt", tofile="after.txt")), end="")
print("".join(unified_diff(a, b, n=1)), end="")
print("".join(context_diff(a, b, fromfile="a", tofile="b", fromfiledate="d1", tofiledate="d2")), end="")
print(list(unified_diff(["a"], ["a"])), list(unified_diff([], ["x"], lineterm="")))
print(list(unified_diff("abc", "abd", lineterm="")))
t1 = ["one\n", "two\n", "three\n"]
t2 = ["ore\n", "tree\n", "emu\n"]
d = list(ndiff(t1, t2))
print("".join(d), end="")
print("".join(restore(d, 1)), end="")
print("".join(restore(d, 2)), end="")
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
print("".join(Differ().compare(text1, text2)), end="")
print(list(ndiff(["abc\n"], ["abc\n", "abc\n"])))
print(difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("x"), difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("x"))
try:
    list(unified_diff([1], [2]))
except TypeError as e:
    print(e)
try:
    list(restore([], 3))
except ValueError as e:
    print(e)
long_b = "ab" * 150
sm = SequenceMatcher(None, "ab" * 3 + "xyz", long_b)
print(sorted(sm.bpopular), sm.get_matching_blocks()[:3], sm.ratio())
sm = SequenceMatcher(None, "ab" * 3 + "xyz", long_b, autojunk=False)
print(sm.get_matching_blocks()[:3], round(sm.ratio(), 5))
words = "the quick brown fox jumps over the lazy dog".split()
words2 = "the quick red fox jumped over the very lazy dog".split()
print(SequenceMatcher(None, words, words2).get_opcodes())
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"b\n"], [b"a\n", b"c\n"])))
m = SequenceMatcher(None, "abcd", "bcde").find_longest_match()
print(m, m.a, m.size, type(m).__name__)
