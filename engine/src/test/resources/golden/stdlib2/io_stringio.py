import io
import sys
from contextlib import redirect_stdout, redirect_stderr

s = io.StringIO()
print(s.write("hello "), s.write("world\n"))
print(repr(s.getvalue()), s.tell())
print("line two", file=s)
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()))
print(repr(s.read()), s.tell())
s.seek(6)
s.write("W")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.write("!")
print(repr(s.getvalue()))
t = io.StringIO("a\nb\nc")
print(list(t))
t.seek(0)
print(t.readlines())
t.seek(0)
print(t.read(2), t.read(10), repr(t.read()))
print(type(t), isinstance(t, io.TextIOBase), isinstance(t, io.IOBase))
print(t.readable(), t.writable(), t.seekable(), t.isatty(), t.closed)
t.close()
print(t.closed)
for op in (t.getvalue, t.read, lambda: t.write("x"), t.tell):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError:", e)
try:
    io.StringIO(b"x")
except TypeError as e:
    print("TypeError:", e)
try:
    io.StringIO().seek(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO("abc").seek(1, 1)
except OSError as e:
    print("OSError:", e)
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
u = io.StringIO()
u.writelines(["a", "b", "c\n"])
print(repr(u.getvalue()))
w = io.StringIO()
w.seek(3)
w.write("z")
print(repr(w.getvalue()))

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured", 1, 2, sep="-")
    print("again")
    sys.stdout.write("direct\n")
print(target is buf)
print("after:", repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("err:", repr(err.getvalue()))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)

def shout():
    print("inner")
    return 42

out = io.StringIO()
with redirect_stdout(out):
    r = shout()
print(r, out.getvalue().upper(), end="")
try:
    with redirect_stdout(io.StringIO()):
        print("lost")
        raise KeyError("k")
except KeyError as e:
    print("restored after", repr(e))

b = io.BytesIO(b"abc")
print(b.read(1), b.read(), b.tell())
b.write(b"def")
print(b.getvalue())
b.seek(-2, 2)
print(b.read())
print(io.BytesIO(b"x\ny\n").readlines())
try:
    io.BytesIO().write("s")
except TypeError as e:
    print("TypeError:", e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
