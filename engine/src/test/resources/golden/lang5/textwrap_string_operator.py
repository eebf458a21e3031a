import textwrap, string, operator
t = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(t, 20), textwrap.fill(t, 30, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten("Hello  world!  How are you?", width=12), textwrap.shorten("Hello world", 11), textwrap.shorten("x" * 20, 10, placeholder="~"))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.indent("a\n\nb\n", "+ ")), repr(textwrap.indent("a\n\nb", "> ", lambda l: True)))
w = textwrap.TextWrapper(width=15, break_long_words=False, max_lines=2, placeholder=" [...]")
print(w.wrap("supercalifragilisticexpialidocious is a long word indeed"), textwrap.wrap("a-b-c-d-e-f-g-h", 5), textwrap.wrap("tab\there", 8, expand_tabs=True, tabsize=4))
print(textwrap.wrap("Hello.  World.", 40, fix_sentence_endings=True), textwrap.wrap("", 5), textwrap.wrap("   ", 5), textwrap.wrap("a b", 1))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print(e)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation)
print(string.capwords("hello   world  foo"), string.capwords("a-b c-d", "-"))
tpl = string.Template("$who likes ${what}s, $$5")
print(tpl.substitute(who="Tim", what="kung pao"), tpl.safe_substitute(who="Tim"), tpl.template)
try:
    tpl.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("$5").substitute()
except ValueError as e:
    print("ValueError", e)
f = string.Formatter()
print(f.format("{0}-{x}", 1, x=2), list(f.parse("a{0!r:>3}b{{c}}")), f.vformat("{a}", (), {"a": 5}))
print(operator.add(1, 2), operator.itemgetter(1, 0)("ab"), operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("split", ",")("a,b"))

print(operator.neg(3), operator.not_(0), operator.truth([]), operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
print(operator.is_(None, None), operator.index(5), operator.length_hint([1, 2]), operator.length_hint(iter([]), 7), operator.pow(2, 5), operator.matmul(2, 3) if False else "")
x = [1, 2, 3]; operator.setitem(x, 0, 9); operator.delitem(x, 1); print(x, operator.getitem(x, -1), operator.iadd([1], [2]), operator.ior({1}, {2}))
import functools
print(functools.reduce(operator.mul, range(1, 6)), sorted([(1, "b"), (0, "a")], key=operator.itemgetter(1)))
try:
    operator.itemgetter()
except TypeError as e:
    print(e)
try:
    operator.concat(1, 2)
except TypeError as e:
    print(e)
print(operator.abs(-2), operator.pos(-1), operator.inv(5), operator.invert(0), operator.is_not(1, None), operator.call(len, "ab"), operator.iconcat([1], [2]))
a = [1]; b = operator.iadd(a, [2]); print(a is b, a, operator.isub(5, 2), operator.imul("ab", 2), operator.ipow(2, 3), operator.ixor(6, 3), operator.ilshift(1, 4), operator.itruediv(1, 4), operator.ifloordiv(7, 2), operator.imod(7, 3), operator.iand(6, 3))
print(operator.__add__ is operator.add, operator.__not__ is operator.not_, operator.iadd.__name__, operator.length_hint([1, 2, 3]), operator.countOf("hello", "l"))
try:
    operator.indexOf([1], 2)
except ValueError as e:
    print(e)
for bad in ["operator.attrgetter()", "operator.attrgetter(1)", "operator.methodcaller()", "operator.methodcaller(1)", "operator.length_hint([], 'x')"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, e)
people = [("ann", 31, {"k": 2}), ("bob", 25, {"k": 1}), ("cy", 31, {"k": 0})]
print(sorted(people, key=operator.itemgetter(1, 0)), max(people, key=operator.itemgetter(1)), list(map(operator.itemgetter(0), people)))
print(list(map(operator.methodcaller("upper"), ["a", "b"])), [operator.attrgetter("real")(c) for c in (1 + 2j, 3)])
