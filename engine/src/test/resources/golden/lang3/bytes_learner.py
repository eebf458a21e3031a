b = "héllo".encode()
print(b, len(b), b.decode(), b[0], b[1:3], list(b[:2]), b.hex(), bytes.fromhex("41 42"), b"abc".upper())
print("héllo".encode("latin-1"), "x".encode("ascii"), bytes(3), bytes([65, 66]), bytearray(b"ab") + b"c")
for op in [lambda: "é".encode("ascii"), lambda: b"\xff".decode(), lambda: b"a" + "b", lambda: bytes([300]), lambda: bytes("x"),
           lambda: b"abc"[5], lambda: "é".encode("nope"), lambda: b"x".decode("ascii", "strict2")]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(b"\xff".decode(errors="replace"), "é".encode("ascii", errors="ignore"), "é".encode("ascii", "xmlcharrefreplace"), b"\xe9".decode("latin-1"))
ba = bytearray(b"hello")
ba[0] = 72
ba.extend(b"!")
print(ba, ba.pop(), bytes(ba), ba.find(b"l"), b"a,b".split(b","), b" x ".strip(), b"%d%%" % 5)
