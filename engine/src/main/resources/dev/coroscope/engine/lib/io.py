"""io for Coroscope: in-memory text and byte streams (StringIO, BytesIO) with CPython's behaviour
and messages; there are no files. Written for the engine."""

__all__ = ["StringIO", "BytesIO", "IOBase", "TextIOBase", "BufferedIOBase", "RawIOBase",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


def _index(value, what):
    if value is None:
        return -1
    if not hasattr(type(value), "__index__"):
        raise TypeError("argument should be integer or None, not '%s'" % type(value).__name__)
    return value.__index__()


class IOBase:
    __module__ = "_io"

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _checkClosed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def flush(self):
        self._checkClosed()

    def isatty(self):
        self._checkClosed()
        return False

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def readlines(self, hint=-1):
        hint = _index(hint, "hint")
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    __module__ = "_io"


class BufferedIOBase(IOBase):
    __module__ = "_io"


class TextIOBase(IOBase):
    __module__ = "_io"


class StringIO(TextIOBase):
    """A text stream kept in memory."""

    __module__ = "_io"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._newline = newline
        self._closed = False
        self._buf = self._translate(initial_value)
        self._pos = 0

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if nl in ("", "\n"):
            return s
        return s.replace("\n", nl)

    def _checkClosed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def close(self):
        self._closed = True

    def getvalue(self):
        self._checkClosed()
        return self._buf

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        s = self._translate(s)
        if not s:
            return n
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf = buf + "\0" * (pos - len(buf))
        self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        self._checkClosed()
        size = _index(size, "size")
        buf = self._buf
        start = min(self._pos, len(buf))
        end = len(buf) if size < 0 else min(len(buf), start + size)
        self._pos = max(self._pos, end)
        return buf[start:end]

    def readline(self, size=-1):
        self._checkClosed()
        size = _index(size, "size")
        buf = self._buf
        start = min(self._pos, len(buf))
        end = buf.find("\n", start)
        end = len(buf) if end < 0 else end + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return buf[start:end]

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        self._checkClosed()
        pos = _index(pos, "pos")
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, pos=None):
        self._checkClosed()
        if pos is None:
            pos = self._pos
        pos = _index(pos, "pos")
        if pos < 0:
            raise ValueError("Negative size value %d" % pos)
        self._buf = self._buf[:pos]
        return pos

    def detach(self):
        raise UnsupportedOperation("detach")

    def __getstate__(self):
        raise TypeError("cannot pickle 'StringIO' object")


class BytesIO(BufferedIOBase):
    """A byte stream kept in memory."""

    __module__ = "_io"

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        self._buf = bytes(initial_bytes)
        self._pos = 0
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def getvalue(self):
        self._checkClosed()
        return self._buf

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        if not b:
            return 0
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf = buf + b"\0" * (pos - len(buf))
        self._buf = buf[:pos] + b + buf[pos + len(b):]
        self._pos = pos + len(b)
        return len(b)

    def read(self, size=-1):
        self._checkClosed()
        size = _index(size, "size")
        buf = self._buf
        start = min(self._pos, len(buf))
        end = len(buf) if size < 0 else min(len(buf), start + size)
        self._pos = max(self._pos, end)
        return buf[start:end]

    read1 = read

    def readline(self, size=-1):
        self._checkClosed()
        size = _index(size, "size")
        buf = self._buf
        start = min(self._pos, len(buf))
        end = buf.find(b"\n", start)
        end = len(buf) if end < 0 else end + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return buf[start:end]

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        self._checkClosed()
        pos = _index(pos, "pos")
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, pos=None):
        self._checkClosed()
        if pos is None:
            pos = self._pos
        pos = _index(pos, "pos")
        if pos < 0:
            raise ValueError("negative size value %d" % pos)
        self._buf = self._buf[:pos]
        return pos



import _coroscope
_coroscope.c_type_name(StringIO, "_io.StringIO")
_coroscope.c_type_name(BytesIO, "_io.BytesIO")
del _coroscope
