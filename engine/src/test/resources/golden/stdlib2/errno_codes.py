# errno: codes by name, errorcode by code, and OSError built from them.
import errno
print(errno.ENOENT, errno.EACCES, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.EAGAIN])
print(errno.errorcode[2], errno.errorcode[13], errno.ETIMEDOUT, errno.ECONNREFUSED)
e = OSError(errno.ENOENT, "No such file or directory", "data.txt")
print(type(e).__name__, e.errno == errno.ENOENT, e)
try:
    raise TimeoutError(errno.ETIMEDOUT, "timed out")
except OSError as err:
    print(errno.errorcode[err.errno], err.strerror, err)
print(len(errno.errorcode) > 100, sorted(n for n in dir(errno) if n.startswith("EN"))[:6])
from errno import EPIPE, ECONNRESET
print(EPIPE, ECONNRESET, type(OSError(EPIPE, "x")).__name__, type(OSError(ECONNRESET, "y")).__name__)
