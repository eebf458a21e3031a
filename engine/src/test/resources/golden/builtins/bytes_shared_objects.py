# CPython 3.11.7 shares one empty bytes object and one object per one-byte value among the bytes it
# makes from data (literals, slices, split, strip, encode, bytes(list)), but not among those it
# allocates and then fills (replace, join, case methods, padding, stepped slices, bytes(n), b * 0).
E = bytes()
b = bytes([97, 98, 99])
def one(x): return x is bytes([x[0]])  # same as the shared one-byte object?
lit = b""
print("empty:", lit is E, bytes(0) is E, b[0:0] is E, b[3:] is E, b.replace(b"abc", b"") is E, b"".join([]) is E,
      bytes([]) is E, bytes(b"") is E, b.strip(b"abc") is E, (b * 0) is E, bytes("", "ascii") is E, "".encode() is E,
      b"abc".split(b"abc")[0] is E, bytes(bytearray()) is E, b"%s" % b"" is E, b.lower()[0:0] is E)
print("one:", one(b[1:2]), one(bytes([97])), one(b"a"), one(b[0:1]), one(b.replace(b"bc", b"")), one(b"a".upper()),
      one(bytes(b"q")), one("a".encode()), one(b"ab".strip(b"b")), one(b"x" * 1), one(b"".join([b"a"])),
      one(b[-1:]), one(bytes(bytearray(b"z"))), one(b"%s" % b"a"), one(b"abc"[1:2]), one(b"a,b".split(b",")[0]))
def one(x): return x is bytes([x[0]]) if len(x) == 1 else (x is bytes() if len(x) == 0 else None)
b = bytes([97, 98])
cases = [b"".join([b"a", b""]), b"-".join([b"a"]), b.replace(b"b", b""), b"a".upper(), b"A".lower(), b"a".capitalize(), b"a".title(),
         b"a".swapcase(), b"\t".expandtabs(0), b"a".center(1), b"a".zfill(1), b"".zfill(1), b"".ljust(1), bytes(1), bytes(0),
         bytes.fromhex("61"), bytes.fromhex(""), b"a" + b"", b"" + b"", b"ab"[::2], b"ab"[1:], b"ab"[:0], b"a b".split()[0],
         b"a\nb".splitlines()[1], b"xa".lstrip(b"x"), b"ax".rstrip(b"x"), b"axa".partition(b"x")[2], b"a".translate(None, b"a"),
         b"ab".translate(None, b"b"), b"%c" % 97, b"%b" % b"a", b"a".removeprefix(b"a"), b"ab".removeprefix(b"a"),
         "ab"[1:].encode("ascii"), "é".encode("latin-1"), bytes("a", "utf-8"), bytes([]), bytes(()), bytes(iter([98])),
         memoryview(b"ab")[1:].tobytes(), bytes(memoryview(b"a")), bytes(bytearray(b"q")), (1).to_bytes(1, "big"),
         b"ab" * 0, b"" * 0, b"a" * 1, bytes(b"a"), b"ab".strip(b"ab"), b"ab".split(b"ab")[1]]
print(" ".join(str(one(c))[0] for c in cases))
