b = b"  Hello, World!\r\n  second line\n"
print(b.split(), b.split(b","), b.strip(), b.lstrip(), b.rstrip(b"\n"), b.split(None, 1), b.rsplit(None, 1), b.splitlines(), b.splitlines(True))
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b.startswith(b"  H"), b.endswith((b"x", b"\n")), b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"))
print(b.replace(b"l", b"L"), b.replace(b"l", b"L", 2), b"abc".upper(), b"ABC".lower(), b"123".isdigit(), b"".isdigit(), b"ab1".isalnum(), b"ab".isalpha(), b" \t".isspace())
print(b"ab" * 3, 2 * b"xy", b"ab" * 0, b"a" in b"cat", 97 in b"cat", b"x" in b"cat", b"key=val".partition(b"="), b"a.b.c".rpartition(b"."))
print(bytes.fromhex("48 65 6c6c 6f"), b"hello".hex(), b"prefix-x".removeprefix(b"prefix-"), b"x.txt".removesuffix(b".txt"), b"\xe9t\xc3\xa9".decode("latin-1") if False else b"caf\xc3\xa9".decode())
print(b"a,b,,c".split(b","), b"a b  c".split(b" "), b"\x1c a \x85".split(), b"find".find(100), b"aXbXc".split(b"X", 1), b"aXbXc".rsplit(b"X", 1))
for bad in [lambda: b"a".join(["x"]), lambda: b"a".split(b""), lambda: b"abc".index(b"z"), lambda: bytes.fromhex("zz"), lambda: b"a".startswith("a"), lambda: "a" in b"abc", lambda: 300 in b"a"]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
