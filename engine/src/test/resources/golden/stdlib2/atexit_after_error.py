import atexit
import weakref


class Resource:
    pass


r = Resource()
weakref.finalize(r, print, "finalizer at exit")
atexit.register(print, "atexit after the traceback")
print("about to fail")
raise RuntimeError("boom")
