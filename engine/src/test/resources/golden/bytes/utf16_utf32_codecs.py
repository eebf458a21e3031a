# UTF-16 / UTF-32 / UTF-8-sig codecs: byte order marks, endianness, surrogates, error handlers and messages
s = "hé€😀"
for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf_16", "UTF16", "utf-8-sig", "latin-1", "ascii"):
    try:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)
    except Exception as e:
        print(enc, type(e).__name__, e)
print(b"\xff\xfeh\x00".decode("utf-16"), b"\x00h".decode("utf-16-be"))
for bad in (b"\x00", b"h\x00\x00\xd8", b"\x00\xdc\x00\x00"):
    for enc in ("utf-16-le", "utf-32-le"):
        try:
            print(bad.decode(enc))
        except UnicodeDecodeError as e:
            print(enc, e)
print("a\ud800b".encode("utf-16-le", "surrogatepass"), "x".encode("utf-16", "strict"))
try:
    "a\ud800".encode("utf-16")
except UnicodeEncodeError as e:
    print(e)
print(b"h\x00i\x00".decode("utf-16-le", "replace"), b"h\x00i".decode("utf-16-le", "replace"), b"h\x00i".decode("utf-16-le", "ignore"))
for n in ['utf_16le', 'utf-16le', 'UTF-16LE', 'u16', 'utf32', 'u32', 'utf_32le', 'utf-8-sig', 'utf_8_sig', 'unicodelittleunmarked', 'utf16le', 'utf8-sig']:
    try:
        print(n, "x".encode(n))
    except LookupError as e:
        print(n, 'LookupError', e)
print(b'\x00\xd8\x00\xd8'.decode('utf-16-le', 'replace'))
for b in [b'\x00\xd8\x00\xd8', b'\x00\xd8a\x00', b'a\x00\x00\xd8\x00', b'\xff\xfe\x00', b'a\x00\x00\xdc\x00\xd8\x00\xdc']:
    try:
        print(b.decode('utf-16-le'))
    except UnicodeDecodeError as e:
        print(e)
for b in [b'\x00\x00\x11\x00', b'a\x00\x00\x00b\x00', b'a\x00\x00', b'\x00\xd8\x00\x00', b'a\x00\x00\x00b']:
    try:
        print(b.decode('utf-32-le'))
    except UnicodeDecodeError as e:
        print(e)
print(b'a\x00\x00\x00b\x00'.decode('utf-32-le', 'replace'), b'\x00\xd8\x00\x00z\x00\x00\x00'.decode('utf-32-le', 'replace'))
print(b'\x00\xd8'.decode('utf-16-le', 'surrogatepass').encode('utf-16-le', 'surrogatepass'))
print('\ud800x'.encode('utf-16-be', 'replace'), '\ud800x'.encode('utf-16', 'ignore'), '\ud800y'.encode('utf-16-le', 'backslashreplace'))
for s, enc in [('\ud800-', 'utf-32'), ('ab\udfff', 'utf-8-sig'), ('a\udc00\udc01b', 'utf-16-be')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(e)
try:
    b'\xef\xbb\xbf\xff'.decode('utf-8-sig')
except UnicodeDecodeError as e:
    print(e)
print(b'\xef\xbb\xbfab'.decode('utf-8-sig'), b'ab'.decode('utf-8-sig'), 'x'.encode('utf-8-sig'), b'\xfe\xff\x00a'.decode('utf-16'), b'\x00\x00\xfe\xff\x00\x00\x00a'.decode('utf-32'))
print(ascii(b'a\x00\xff\xfeb\x00'.decode('utf-16')), repr(b''.decode('utf-16')), ''.encode('utf-16'), ''.encode('utf-32'))
print(str(b'h\x00i\x00', 'utf-16-le'), bytes('hi', 'utf-32-be'), bytearray('é', 'utf-16'))
