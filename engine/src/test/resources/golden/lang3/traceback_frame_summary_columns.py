import traceback
def inner(d):
    return d["key"] + 1
def outer():
    data = {"key": "x"}
    return inner(data)
try:
    outer()
except TypeError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, repr(fs.line))
for fs in traceback.extract_stack():
    print(fs.name, fs.lineno, fs.colno, fs.end_colno)
def g():
    return [x / 0 for x in "é"]
try:
    g()
except TypeError as e:
    print([(f.name, f.lineno, f.colno, f.end_colno) for f in traceback.extract_tb(e.__traceback__)])
