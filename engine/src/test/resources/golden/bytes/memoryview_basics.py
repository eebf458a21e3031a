data = bytearray(b"abcdef")
mv = memoryview(data)
print(len(mv), mv[0], mv[-1], bytes(mv[1:3]), mv.tobytes(), mv.tolist())
mv[0] = 65
print(data)
sub = mv[2:4]
sub[:] = b"CD"
print(data, mv.readonly, memoryview(b"xy").readonly, mv.nbytes, mv.format, mv.itemsize)
print(mv == b"AbCDef", mv == data, bytes(mv) == b"AbCDef")
try:
    memoryview(b"xy")[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    memoryview("str")
except TypeError as e:
    print("TypeError:", e)
with memoryview(b"abc") as m:
    print(m.hex())
try:
    m[0]
except ValueError as e:
    print("ValueError:", e)
print(list(memoryview(b"\x01\x02")))
