# UnicodeDecodeError/EncodeError/TranslateError carry encoding, object, start, end and reason
# (made by a codec or by hand) and describe the failing byte or character from them; a class made
# with type(name, bases, ns) belongs to the calling module; reversed(list) knows its length.
for data, enc in [(b"\xff", "utf-8"), (b"ab\xe9", "ascii"), (b"\xe2\x82", "utf-8"), (b"a\xff\xfeb", "utf-8")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e, "|", e.encoding, e.object, e.start, e.end, e.reason, len(e.args))
for text, enc in [("é", "ascii"), ("aλb", "latin-1"), ("x😀", "ascii"), ("né€", "ascii")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(e, "|", e.encoding, repr(e.object), e.start, e.end, e.reason)
e = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "bad")
print(e, e.object, e.end, repr(e))
e = UnicodeEncodeError("ascii", "é", 0, 1, "nope")
print(e, e.start)
e = UnicodeTranslateError("é", 0, 1, "x")
print(e, e.object, e.reason)
print(str(UnicodeError("plain")), repr(UnicodeError()))
try:
    raise UnicodeDecodeError("utf-16", b"\x00", 0, 1, "truncated data")
except ValueError as e:
    print(type(e).__name__, e)

X = type("X", (), {})
print(X.__module__, repr(X), X.__qualname__, "__module__" in X.__dict__)
Y = type("Y", (X,), {"__module__": "custom"})
print(Y.__module__, repr(Y))
class M(type):
    pass
Z = M("Z", (), {"v": 1})
print(Z.__module__, repr(Z()).split(" at ")[0])
l = [1, 2, 3]
r = reversed(l)
print(r.__length_hint__(), next(r), r.__length_hint__())
l.pop(); l.pop()
print(r.__length_hint__(), list(r))
