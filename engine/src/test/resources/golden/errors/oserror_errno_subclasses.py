# OSError(errno, strerror[, filename[, winerror[, filename2]]]): the errno picks the subclass, str shows [Errno n].
import asyncio

cases = [
    (2, "No such file or directory"),
    (2, "No such file or directory", "data.txt"),
    (13, "Permission denied", "secret", None, "copy"),
    (17, "File exists", "a", 0, "b"),
    (111, "Connection refused"),
    (104, "Connection reset by peer"),
    (32, "Broken pipe"),
    (110, "Connection timed out"),
    (11, "Resource temporarily unavailable"),
    (12345, "unknown errno"),
    ("2", "errno given as a string"),
    (True, "bool counts as an int"),
    (2,),
    ("only", "two", "three", "four", "five", "six"),
]
for args in cases:
    e = OSError(*args)
    print(f"{type(e).__name__:<22} {e!s:<55} args={e.args!r}")
    print(f"{'':<22} errno={e.errno!r} strerror={e.strerror!r} filename={e.filename!r} filename2={e.filename2!r}")

print(IOError is OSError, EnvironmentError is OSError, issubclass(ConnectionResetError, ConnectionError))
print(repr(FileNotFoundError(13, "direct subclass keeps its type")), FileNotFoundError(13, "x").errno)
b = BlockingIOError(11, "again", 7)
print(b, b.characters_written, b.args, b.filename)
print(hasattr(OSError(2, "x"), "characters_written"))
e = OSError(2, "x")
e.errno = 5
e.filename = "changed"
print(e, type(e).__name__)


class AppError(OSError):
    pass


class WithInit(OSError):
    def __init__(self, path):
        super().__init__(2, "missing", path)
        self.path = path


print(type(AppError(2, "x")).__name__, AppError(2, "x", "f"))
w = WithInit("config.ini")
print(type(w).__name__, w, w.args, w.errno, w.path)

try:
    raise OSError(2, "No such file or directory", "missing.txt")
except FileNotFoundError as e:
    print("caught as FileNotFoundError:", e)


async def fetch():
    await asyncio.sleep(0)
    raise OSError(104, "Connection reset by peer")


async def main():
    try:
        await asyncio.create_task(fetch())
    except ConnectionResetError as e:
        print("task failed with", repr(e), "->", e)
    await fetch()


asyncio.run(main())
