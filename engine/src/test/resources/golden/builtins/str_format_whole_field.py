# str.format gives back its str argument itself when the template is that one field and the
# result is the argument unchanged (an exact str always; a subclass's instance only through a
# non-empty spec, and never when it is empty). Recorded with CPython 3.11.7.
class S(str):
    pass


templates = ["{}", "{0}", "{!s}", "{:8}", "{0!s:s}", "{:s}", "{:}", "{!r}", "{0:}", "{0!s}",
             "{!s:}", "x{}", "{}x", "{1}", "{:>2}", "{:<1}", "{:{}}", "{0:s}", "{:.9}", "{:.1}"]
for t in templates:
    for v in ["abc", S("abc"), "", S("")]:
        try:
            r = t.format(v, 3)
            print(repr(t), type(v).__name__, repr(v), repr(r), r is v)
        except (ValueError, IndexError, KeyError) as e:
            print(repr(t), type(v).__name__, type(e).__name__, e)

# A report line like bench/programs/strings.py's: never the argument.
line = "{:<8}|{:>10.3f}|{:^7}\n".format("r1", 1 / 7, 3)
print(repr(line))
