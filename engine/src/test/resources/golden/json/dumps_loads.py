import json
data = {"name": "Ann", "tags": ["a", "b"], "n": 3, "f": 2.5, "ok": True, "none": None, "nested": {"x": [1, {"y": []}], "e": {}}}
print(json.dumps(data))
print(json.dumps(data, indent=4))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1e100, 1.0, -0.0, 1e-7, float("inf"), float("nan"), 10**30]))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps((1, 2)), json.dumps("tab\there \"q\" \\ \x01 é 😀"))
print(json.dumps("é 😀", ensure_ascii=False), json.dumps([]), json.dumps({}), json.dumps([[]], indent=2), json.dumps(""))
for bad in [lambda: json.dumps({(1, 2): 3}), lambda: json.dumps({1, 2}), lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps(object())]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True), json.dumps({1, 2}, default=sorted), json.dumps({"b": 1, "a": [3, 2]}, sort_keys=True, indent=1))
print(json.loads('{"a": 1, "b": [true, false, null], "c": "x\\ny\\u00e9\\ud83d\\ude00", "d": -1.5e3, "e": 0, "f": 12.0}'))
print(json.loads("  [1, 2, 3]  "), json.loads('"str"'), json.loads("3"), json.loads("-0"), json.loads("1E2"), json.loads("NaN"), json.loads("-Infinity"), json.loads(b'[1]'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1.5]', parse_float=str), json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
print(json.loads('{"z": 1, "a": 2}', object_pairs_hook=list))
for s in ['', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '{1: 2}', '"abc', '[1] x', 'tru', '"\\x"', '"a\nb"', '{"a":}', '\n\n  [', '"\\u12"', '01', '-', '[-]']:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(s), "->", e, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(json.JSONDecodeError, issubclass(json.JSONDecodeError, ValueError))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=E), E().encode([1]))
print(json.loads(json.dumps(data)) == data)
json.loads('[1, }')
