import threading
r = threading.RLock()
def holder():
    with r:
        print("owned in thread:", r._is_owned())
r.acquire()
t = threading.Thread(target=holder)
t.start()
print("main holds; thread blocked:", t.is_alive())
r.release()
t.join()
try:
    r.release()
except RuntimeError as e:
    print(e)
x = threading.local()
try:
    x.missing
except AttributeError as e:
    print(e)
print(threading.Thread(target=None).name != threading.Thread().name)
t = threading.Thread(target=lambda: None, daemon=True)
print(t.daemon)
t.start()
try:
    t.daemon = False
except RuntimeError as e:
    print(e)
t.join()
print(threading.current_thread().ident == threading.get_ident(), threading.main_thread().is_alive())
