# Which bytes methods give back the bytes themselves when nothing changes, as CPython 3.11.7 does
# (exact bytes; a subclass's instance for partition; a bytearray never).
c = bytes([120, 121, 122])
print("self:", c[:] is c, c[0:3] is c, c[::1] is c, c.replace(b"q", b"z") is c, c.strip() is c, c.lstrip(b"q") is c,
      c.zfill(1) is c, c.ljust(2) is c, c.rjust(3) is c, c.center(1) is c, b"".join([c]) is c, c.split(b"q")[0] is c,
      c.partition(b"q")[0] is c, c.rpartition(b"q")[2] is c, c.translate(None) is c, c.removeprefix(b"q") is c,
      c.expandtabs() is c, c.upper() is c, c.split()[0] is c, c.splitlines()[0] is c, bytes(c) is c, c.rsplit(b"q")[0] is c,
      c.replace(b"x", b"x") is c, c.translate(None, b"q") is c, c.removesuffix(b"") is c, c.title() is c)
class B(bytes): pass
v=B(b"xyz")
for r in (v[:], v.strip(), v.zfill(1), v.ljust(1), v.replace(b"q", b"z"), v.removeprefix(b"q"), v.translate(None), v.partition(b"q")[0], v.split()[0], b"".join([v])):
    print(type(r).__name__, r is v, r)
ba=bytearray(b"xyz")
for r in (ba[:], ba.strip(), ba.zfill(1), ba.replace(b"q", b"z"), ba.translate(None), ba.partition(b"q")[0], ba.split()[0], bytearray().join([ba])):
    print(type(r).__name__, r is ba, r)
r=v.rpartition(b"q")
print(type(r[2]).__name__, r[2] is v)
r=v.partition(b"q")
print(type(r[0]).__name__, r[0] is v)
