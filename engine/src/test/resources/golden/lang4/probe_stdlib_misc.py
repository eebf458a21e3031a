import string, textwrap, pprint, copy, operator, functools, itertools, statistics, struct, fractions, enum, weakref, contextlib, io, sys
print(string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"), string.ascii_letters[:5], string.punctuation, string.capwords("hello   world"))
try: string.Template("$x").substitute({})
except KeyError as e: print("KeyError", e)
print(string.Template("$x and $y").safe_substitute(x=1), string.Formatter().format("{0}-{1}", "a", "b"))
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
print(textwrap.dedent("    a\n      b\n    c"), textwrap.shorten("Hello  world, how are you today?", width=20), textwrap.indent("x\ny", "> "), textwrap.wrap("abc def ghi", 5))
pprint.pprint({"key%d" % i: list(range(i)) for i in range(8)})
pprint.pprint([{"a": 1, "b": [1, 2, 3] * 10}], width=40)
print(pprint.pformat({"z": 1, "a": 2}), pprint.pformat({"z": 1, "a": 2}, sort_dicts=False))
a = [1, [2, 3]]; a.append(a); b = copy.deepcopy(a); print(b[2] is b, b[1] is not a[1], copy.copy(a)[1] is a[1])
print(operator.attrgetter("real")(3), operator.itemgetter(1, 0)("ab"), operator.methodcaller("upper")("x"), operator.add(1, 2), sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)))
p = functools.partial(int, base=2); print(p("11"), p.func, p.args, p.keywords)
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.mode("aab"), statistics.stdev([1, 2, 3, 4]), statistics.pvariance([1, 2, 3]), statistics.median_low([1, 2, 3, 4]), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))
print(struct.pack(">I", 1), struct.unpack("<hh", b"\x01\x00\x02\x00"), struct.calcsize("iid"))
buf = io.StringIO(); print("to buf", file=buf); print(repr(buf.getvalue()))
with contextlib.redirect_stdout(io.StringIO()) as f:
    print("hidden")
print(repr(f.getvalue()))
with contextlib.suppress(KeyError):
    {}["x"]
@contextlib.contextmanager
def tag(n):
    print(f"<{n}>"); yield n; print(f"</{n}>")
with tag("b") as t: print("inside", t)
class Color(enum.Enum):
    RED = "r"
print(Color("r"), Color.RED._value_, Color._member_names_)
print(sys.version_info[:2], sys.version_info.major, sys.maxsize, sys.float_info.max, sys.int_info.bits_per_digit if hasattr(sys, "int_info") else 30, type(sys.argv).__name__)
