# Every one of these must be missing (threading and signal are there, simulated inside the program). Prints one line per module, in order.
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
# threading exists for teaching: its threads are the engine's own strands (one Python thread runs at a
# time, handing over where it blocks), never OS-level threads the program can reach; a short target has
# run by the time start() returns, and afterwards only the main thread exists (inside the target,
# enumerate() lists it beside the main thread, as CPython's would).
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
# signal exists for teaching (handlers, asyncio's add_signal_handler) but is simulated inside the
# program: raise_signal reaches only this program's own handlers, nothing is sent to or received from
# the operating system, and the calls that would arm OS timers or signal other threads are absent.
import signal
got = []
signal.signal(signal.SIGTERM, lambda n, f: got.append(n))
signal.raise_signal(signal.SIGTERM)
print("signal simulated:", got == [signal.SIGTERM],
      [n for n in ("alarm", "setitimer", "pthread_kill", "pthread_sigmask", "set_wakeup_fd",
                   "sigwait", "pidfd_send_signal") if hasattr(signal, n)])
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
