import calendar, fractions, decimal, statistics, itertools, string, textwrap, html, base64, struct, array, graphlib, heapq
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1), calendar.day_name[0], calendar.month_abbr[12])
print(calendar.month(2024, 2))
F = fractions.Fraction
print(F(3, 4) + F(1, 6), F("0.125"), F(1.5), F(7, 3).limit_denominator(2), round(F(7, 2)), F(22, 7) ** 2, float(F(1, 3)), F(-7, 2) // 1, F(5, 3) % 1)
D = decimal.Decimal
ctx = decimal.getcontext()
print(D("1.10") + D("2.20"), D(1) / D(7), D("2").sqrt(), D("10.5").quantize(D("1")), D("-3.7").to_integral_value(), D("1.2345").quantize(D("0.01"), rounding=decimal.ROUND_HALF_UP), ctx.prec)
with decimal.localcontext() as lc:
    lc.prec = 5
    print(D(1) / D(3), D("123456789") * 1)
print(statistics.fmean([1, 2, 3.5]), statistics.geometric_mean([1, 4]), statistics.harmonic_mean([1, 2, 4]), statistics.correlation([1, 2, 3], [2, 4, 7]) if hasattr(statistics, "correlation") else "")
print(list(itertools.permutations("abc", 2))[:4], list(itertools.islice(itertools.count(5, 2), 3)), list(itertools.repeat("x", 3)), list(itertools.chain("ab", "cd")))
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&amp;&#39;&eacute;"), base64.b64encode(b"hello"), base64.b64decode("aGVsbG8="))
print(struct.pack(">HI", 1, 2), struct.unpack("<h", b"\xff\xff"), struct.calcsize("iqc"), array.array("i", [1, 2, 3]) * 2)
ts = graphlib.TopologicalSorter({"c": {"a", "b"}, "b": {"a"}})
print(list(ts.static_order()))
print(textwrap.wrap("alpha beta gamma delta epsilon", 12), textwrap.fill("x " * 10, 9))
tmpl = string.Template("Hi $name, you owe $$${amount}")
print(tmpl.substitute(name="Bo", amount=5), tmpl.safe_substitute(name="Al"))
try:
    tmpl.substitute(name="X")
except KeyError as e:
    print("KeyError:", e)
print(heapq.merge([1, 4, 9], [2, 3, 10]).__class__.__name__, list(heapq.merge([1, 4, 9], [2, 3, 10])), list(heapq.merge(["bb", "a"], ["ccc"], key=len)))
