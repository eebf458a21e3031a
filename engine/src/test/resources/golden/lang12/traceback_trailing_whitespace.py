# A line with trailing whitespace: the traceback module strips it (and its markers move left),
# the interpreter's own printer of an uncaught exception keeps it and shows markers.
import traceback

def divide(a, b):
    return a / b   

def fail():
    raise ValueError("spaces after me")  

def tabbed():
    raise KeyError("tab after me")	

for fn in (lambda: divide(1, 0), fail, tabbed):
    try:
        fn()
    except Exception as e:
        print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))
        print("".join(traceback.format_tb(e.__traceback__)).replace(__file__, "FILE"))

try:
    divide(1, 0)
except ZeroDivisionError:
    traceback.print_exc()

def outer():
    fail()  

outer()
