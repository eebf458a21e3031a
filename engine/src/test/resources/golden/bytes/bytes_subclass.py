class Tag(bytes):
    def __repr__(self):
        return f"Tag({bytes(self)!r})"
    def shout(self):
        return self.upper()
t = Tag(b"abc")
print(t, type(t).__name__, isinstance(t, bytes), t.shout(), type(t.shout()).__name__, t + b"!", type(t + b"!").__name__, len(t), t[0])
class Buf(bytearray):
    pass
try:
    b = Buf(b"xy")
    b.append(122)
    print(b, type(b).__name__)
except TypeError as e:
    print("TypeError:", e)
class Packet(bytes):
    def __new__(cls, payload, kind="data"):
        obj = super().__new__(cls, payload)
        obj.kind = kind
        return obj
p = Packet(b"\x01\x02", kind="ctl")
print(repr(p), p.kind, p.hex(), p == b"\x01\x02", hash(p) == hash(b"\x01\x02"), bytes(p), type(bytes(p)).__name__, p * 2)
print(Buf(3), Buf.fromhex("ab"), type(Buf.fromhex("ab")).__name__, Buf(b"a") + b"b", type(Buf(b"a") + b"b").__name__)
print(Tag.fromhex("41"), type(Tag.fromhex("41")).__name__, isinstance(Buf(), bytearray), str(Tag(b"s")), f"{Tag(b'f')}")
m = memoryview(bytearray(b"abcd"))
ro = m.toreadonly()
print(ro.readonly, m.readonly, ro.tobytes(), m.c_contiguous, m[::2].contiguous, m.suboffsets, m.cast("B").tolist())
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    hash(m)
except ValueError as e:
    print("ValueError:", e)
print(hash(ro) == hash(b"abcd"), [n for n in dir(memoryview) if not n.startswith("_")])
try:
    hash(Buf(b"x"))
except TypeError as e:
    print("TypeError:", e)
