import textwrap, string
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(text, 30))
print(textwrap.wrap("a-very-long-hyphenated-word-that-needs-breaking here", 12))
print(textwrap.shorten("Hello   world, this is   a test", width=18, placeholder=" [...]"))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")))
print(textwrap.indent("x\n\ny\n", "> "), end="")
print(textwrap.indent("x\n\ny\n", "> ", lambda l: True), end="")
w = textwrap.TextWrapper(width=20, initial_indent="* ", subsequent_indent="  ", max_lines=2)
print(w.fill(text))
print(textwrap.fill("tab\there and\tthere", 12, expand_tabs=True, tabsize=4))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(f"{1234567.891:,.2f}|{0.000123:.2e}|{42:#x}|{42:#o}|{42:08b}|{-3:+05d}|{3.5:^9.1f}|")
print(f"{'left':<8}|{'right':>8}|{'mid':*^9}|{12:_}|{1e20:g}|{1e-5:g}|{123.456:.2g}|{0.5:%}|{2/3:.1%}")
print("{0!r:>10} {1:{2}.{3}f} {name!s:.3}".format("hi", 3.14159, 8, 2, name="abcdef"))
print(format(1.0, ""), format(1e16, ""), format(float("nan"), "+"), format(-0.0, ".1f"), format(12, "n"))
print("%5.1f|%-6d|%x|%r|%s|%c|%%|%05.1f|%+d" % (2.345, 42, 255, "s", None, 65, -2.0, 5))
print(string.Template("$who likes ${what}s").substitute(who="tim", what="kung pao"))
try:
    string.Template("$x and $y").substitute(x=1)
except KeyError as e:
    print("KeyError", e)
print(string.Template("$x and $y").safe_substitute(x=1))
print(string.capwords("hello   world  foo"), string.ascii_lowercase[:5], string.punctuation[:5])
try:
    f"{1:d}" + format("x", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{:,s}".format("x")
except ValueError as e:
    print("ValueError:", e)
print(f"{'x'!a}", f"{'é'!a}", f"{3=}", f"{1+1 = }", f"{'a' 'b'}")
