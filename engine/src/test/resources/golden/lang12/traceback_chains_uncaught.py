import traceback

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {s!r}") from e

def load(items):
    out = []
    for i in items:
        try:
            out.append(parse(i))
        except RuntimeError:
            out.append(None)
            if i == "bad2":
                raise LookupError("giving up") 
    return out

try:
    load(["1", "bad2"])
except LookupError as e:
    print("context type:", type(e.__context__).__name__, "cause:", e.__cause__, "suppress:", e.__suppress_context__)
    print("context's cause:", type(e.__context__.__cause__).__name__)
    lines = traceback.format_exception(e)
    print(len(lines))
    for line in lines:
        if not line.startswith("  File"):
            print(line.rstrip())

try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("hidden context") from None
except TypeError as e:
    print(e.__suppress_context__, type(e.__context__).__name__, e.__cause__)
    print("".join(traceback.format_exception_only(e)).strip())

def cleanup():
    try:
        1 / 0
    finally:
        print("cleanup ran")

try:
    cleanup()
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)

print(traceback.format_exc() == "NoneType: None\n")
load(["x", "bad2"])
