import struct, io, json
data = struct.pack(">HI", 1, 2)
print(data, type(data).__name__, struct.unpack(">HI", bytearray(data)), struct.unpack(">HI", memoryview(data)))
buf = bytearray(8)
struct.pack_into(">I", buf, 2, 0xDEADBEEF)
for args in [(">I", bytearray(2), 0, 1), (">I", bytearray(8), -2, 1), (">I", bytearray(8), -10, 1), (">I", b"12345678", 0, 1), (">I", bytearray(8), 8, 1)]:
    try:
        struct.pack_into(*args)
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
m = memoryview(bytearray(4))
struct.pack_into(">H", m, 1, 258)
print(m.tobytes(), struct.pack("2s", bytearray(b"ab")))
print(buf)
b = io.BytesIO(bytearray(b"abc"))
print(b.read(), b.getvalue())
b.write(bytearray(b"xyz"))
print(b.getvalue())
try:
    json.dumps(b"x")
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(bytearray(b"x"))
except TypeError as e:
    print("TypeError:", e)
print(json.loads(b'{"a": 1}'), json.loads(bytearray(b"[1]")))
print(isinstance(bytearray(), (bytes, bytearray)), type(bytearray(b"x")[0:1]).__name__, bytearray(b"abc").decode("ascii"))
print(hash(memoryview(b"ab")) == hash(b"ab"), bytes(memoryview(b"ab")[::-1]))
ba = bytearray(b"hello")
for i, ch in enumerate(ba):
    ba[i] = ch ^ 0x20
print(ba, ba.islower(), ba.isupper(), bytes(ba).lower())
print(list(bytearray(range(5))), sum(bytearray(b"\x01\x02\x03")), max(bytearray(b"az")), sorted(bytearray(b"cab")))
print(bytearray(b"a,b").split(b","), [type(x).__name__ for x in bytearray(b"a,b").split(b",")])
print(b"".join(reversed([b"a", b"b"])), bytearray().join([b"x", bytearray(b"y")]), bytes(reversed(b"abc")))
print(int.from_bytes(bytearray(b"\x00\x10"), "big"), float.fromhex("0x1p-1"), bytes.fromhex("ff").hex())
