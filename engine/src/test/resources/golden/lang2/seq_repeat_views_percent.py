for k in (2**70, -2**70, 2**63):
    for seq in ("ab", b"ab", [1], (1,), bytearray(b"x")):
        try:
            seq * k
        except (OverflowError, MemoryError) as e:
            print(type(seq).__name__, k, type(e).__name__, e)
for seq in ("ab", [1], b"ab"):
    try:
        seq * 2**62
    except (OverflowError, MemoryError) as e:
        print(type(seq).__name__, type(e).__name__, e)
print(chr(65), end=" ")
try:
    chr(2**70)
except OverflowError as e:
    print(e)
print(int(bytearray(b" 42 ")), float(bytearray(b"1.5")), int(bytearray(b"ff"), 16))
for bad in (lambda: int(bytearray(b"x")), lambda: float(bytearray(b"y")), lambda: int(bytearray(b"z"), 16)):
    try:
        bad()
    except ValueError as e:
        print(e)
print("%s" % range(3), "%(a)s" % {"a": 1}, b"%s" % b"x")
for fmt, arg in (("ab", range(3)), ("ab", b"ab"), (b"ab", range(3)), (b"ab", bytearray(b"x")), (b"ab", b"x"), ("ab", [1]), ("ab", (1,)), ("ab", 5)):
    try:
        print(repr(fmt % arg))
    except TypeError as e:
        print("TypeError:", e)
d = {1: 2}
for v in (d.keys(), d.items()):
    try:
        hash(v)
    except TypeError as e:
        print(e)
print(d.keys() - [1], d.keys() & {1, 3}, d.keys() | (5,), d.items() ^ {(1, 2)})
k = d.keys()
k -= {1}
print(k)
try:
    d.keys() + [1]
except TypeError as e:
    print(e)
