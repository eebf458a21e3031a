# Every one of these must be missing (threading is there without threads). Prints one line per module, in order.
try:
    import os
    print("ESCAPED os")
except ImportError as e:
    print("blocked", type(e).__name__, e)
try:
    import posix
    print("ESCAPED posix")
except ImportError as e:
    print("blocked", type(e).__name__, e)
try:
    import _io
    print("ESCAPED _io")
except ImportError as e:
    print("blocked", type(e).__name__, e)
# io exists in Coroscope for in-memory streams (StringIO, BytesIO) only: nothing in it reaches files.
import io
print("io file access:", [n for n in ("open", "open_code", "FileIO", "BufferedReader", "BufferedWriter",
                                      "TextIOWrapper") if hasattr(io, n)])
try:
    import pathlib
    print("ESCAPED pathlib")
except ImportError as e:
    print("blocked", type(e).__name__, e)
try:
    import shutil
    print("ESCAPED shutil")
except ImportError as e:
    print("blocked", type(e).__name__, e)
# threading exists for teaching (asyncio.to_thread's worker names, Lock, Thread) but never starts a
# thread: a Thread's target has run by the time start() returns, and afterwards only the main thread
# exists (inside the target, enumerate() lists it beside the main thread, as CPython's would).
import threading
ran = []
t = threading.Thread(target=lambda: ran.append(threading.active_count()))
t.start()
print("threading without threads:", ran == [2], threading.active_count(), [x.name for x in threading.enumerate()],
      hasattr(threading, "_start_new_thread"), hasattr(threading, "_thread"))
try:
    import multiprocessing
    print("ESCAPED multiprocessing")
except ImportError as e:
    print("blocked", type(e).__name__, e)
try:
    import signal
    print("ESCAPED signal")
except ImportError as e:
    print("blocked", type(e).__name__, e)
try:
    import pickle
    print("ESCAPED pickle")
except ImportError as e:
    print("blocked", type(e).__name__, e)
try:
    import marshal
    print("ESCAPED marshal")
except ImportError as e:
    print("blocked", type(e).__name__, e)
try:
    import java.lang
    print("ESCAPED java")
except ImportError as e:
    print("blocked", type(e).__name__, e)
