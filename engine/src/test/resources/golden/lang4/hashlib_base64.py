import hashlib, base64
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256"]:
    h = hashlib.new(name, b"hello world")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
h.update(b"world")
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest(), h.digest()[:4], len(h.digest()), type(h).__name__)
c = h.copy(); c.update(b"!"); print(c.hexdigest() != h.hexdigest())
print(hashlib.md5("pässword".encode()).hexdigest(), hashlib.sha1(bytearray(b"x")).hexdigest())
for bad in ["hashlib.sha256('text')", "hashlib.new('nope')", "hashlib.md5().update('s')", "hashlib.sha256(5)"]:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha256"}))
password = "secret"
salt = b"salt"
print(hashlib.sha256(salt + password.encode()).hexdigest()[:16])
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40], "héllo".encode()]:
    e = base64.b64encode(data)
    print(data[:10], e, base64.b64decode(e) == data, base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b16encode(data))
print(base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVs bG8=\n"), base64.urlsafe_b64decode("-_-_"), base64.b32decode("MZXW6YQ="), base64.b16decode("666F6F"), base64.b16decode("666f6f", casefold=True))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"), base64.standard_b64encode(b"\xff\xfe"), base64.b64encode(b"\xfb\xff", altchars=b"-_"))
for bad in ["base64.b64decode('abc')", "base64.b64decode('a')", "base64.b64encode('text')", "base64.b64decode('é')", "base64.b32decode('MZXW6')", "base64.b16decode('6')", "base64.b16decode('zz')", "base64.b64decode('ab!c', validate=True)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
token = base64.urlsafe_b64encode(b"user:42").decode()
print(token, base64.urlsafe_b64decode(token).decode().split(":"))
