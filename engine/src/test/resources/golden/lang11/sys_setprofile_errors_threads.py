import sys, threading

def prof(frame, event, arg):
    if frame.f_code.co_filename != __file__: return
    a = arg.__name__ if event.startswith("c_") else arg
    print("P", event, frame.f_code.co_name, a)

def bad(frame, event, arg):
    print("bad", event, frame.f_code.co_name)
    raise KeyError("p")
sys.setprofile(bad)
try:
    len("ab")
except KeyError as e:
    print("caught", e, sys.getprofile())
def bad2(frame, event, arg):
    if event == "c_return":
        raise KeyError("r")
sys.setprofile(bad2)
try:
    n = len("ab")
except KeyError as e:
    print("caught", e, sys.getprofile())
def pyf():
    return 1
def bad3(frame, event, arg):
    if event == "return":
        raise KeyError("ret")
sys.setprofile(bad3)
try:
    pyf()
except KeyError as e:
    print("caught", e, sys.getprofile())
threading.setprofile(prof)
print(threading.getprofile() is prof, sys.getprofile())
def work():
    abs(-1)
t = threading.Thread(target=work)
t.start(); t.join()
print("done")
