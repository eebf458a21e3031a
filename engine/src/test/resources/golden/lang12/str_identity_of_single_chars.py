# Which one-character strings are the same object: CPython caches Latin-1 characters
# (indexing, iteration, chr), interns name-like literals, and folds 'abc'[1] at compile time.
import sys
import warnings
warnings.simplefilter("ignore", SyntaxWarning)

word = "hello, world"
for ch in word[:5]:
    print(repr(ch), ch is "h", ch is "l", ch is "o", ch is chr(ord(ch)), ch is word[word.index(ch)])

print("chr(97) is 'a':", chr(97) is "a")
print("chr(103) is 'g':", chr(103) is "g")
print("chr(65) is 'A':", chr(65) is "A", "chr(66) is 'B':", chr(66) is "B")
print("chr(95) is '_':", chr(95) is "_", "chr(32) is ' ':", chr(32) is " ")
print("'abc'[1] is 'b':", "abc"[1] is "b", "'xyz'[-1] is 'z':", "xyz"[-1] is "z")
print("('a' + 'b')[0] is 'a':", ("a" + "b")[0] is "a")
big = 300
print("chr(300) is chr(300):", chr(big) is chr(big))
print("chr(233) is chr(233):", chr(233) is chr(233), "'é'[0] is chr(233):", "é"[0] is chr(233))
print("str(12)[0] is '1':", str(12)[0] is "1")
print("sys.intern(chr(97)) is 'a':", sys.intern(chr(97)) is "a")
print("sys.intern(chr(98)) is chr(98):", sys.intern(chr(98)) is chr(98))
x = "ab"
y = x + "c"
print("sys.intern(y) is y:", sys.intern(y) is y, sys.intern(x + "c") is y)
class S(str):
    pass
for bad in (5, S("x")):
    try:
        sys.intern(bad)
    except TypeError as e:
        print("TypeError:", e)
s = "ĀĀ"
print("non-Latin-1 index:", s[0] is s[1], s[0] == s[1])
t = (1, 2, 3)[1]
print("folded tuple index:", t)

# Which Latin-1 letters and digits a literal shares with chr():
same = "".join(c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"
               if eval(repr(c)) is chr(ord(c)))
print("shared:", same)
