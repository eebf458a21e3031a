import textwrap
s = "The quick brown fox jumps over the lazy dog. A well-known saying -- used for typing tests -- contains every letter of the alphabet; supercalifragilisticexpialidocious words break."
for w in (10, 20, 30, 45, 70):
    print(textwrap.wrap(s, w))
print(textwrap.fill(s, 25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(s, 12, break_long_words=False))
print(textwrap.wrap(s, 15, break_on_hyphens=False))
print(textwrap.wrap("a-b-c-d e--f well-to-do x---y 1-2 ab-cd-ef", 5))
print(textwrap.wrap("  leading\tand\ttabs\n\nnewlines  ", 8))
print(textwrap.wrap("  keep   spaces ", 6, drop_whitespace=False))
print(textwrap.shorten(s, 40), textwrap.shorten(s, 40, placeholder="..."), textwrap.shorten("Hello  world!", 12), textwrap.shorten("ab", 10))
print(textwrap.wrap(s, 30, max_lines=2), textwrap.wrap(s, 30, max_lines=3, placeholder=" ~"))
print(repr(textwrap.dedent("    def f():\n        return 1\n    \n    x = 2\n")))
print(repr(textwrap.dedent("\tA\n\t  B\n")), repr(textwrap.dedent("  a\n b\n")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\n\nb\n", "  ")), repr(textwrap.indent("a\nb", "+", lambda l: True)))
print(textwrap.wrap("Hello. World! Ok", 80, fix_sentence_endings=True), textwrap.wrap(""), textwrap.wrap("   "))
w = textwrap.TextWrapper(width=20, initial_indent="> ")
print(w.wrap("one two three four five six seven"), w.fill("x"))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print(e)
print(textwrap.fill("word " * 10, width=12, tabsize=4))
