import traceback

def risky(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    raise TypeError(f"even {n}")

errors = []
for i in range(4):
    try:
        risky(i)
    except Exception as e:
        e.add_note(f"while processing item {i}")
        e.add_note("second note")
        errors.append(e)

eg = ExceptionGroup("batch failed", errors)
print(repr(eg), eg.message, len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(eg.subgroup(lambda e: "2" in str(e)))
print(eg.subgroup(KeyError))
print(errors[0].__notes__)
try:
    errors[0].add_note(5)
except TypeError as e:
    print("TypeError:", e)

try:
    raise eg
except* ValueError as g:
    print("ValueErrors:", [str(e) for e in g.exceptions])
except* TypeError as g:
    print("TypeErrors:", [str(e) for e in g.exceptions], type(g).__name__)

try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [KeyError(2), ValueError(3)])])
    except* ValueError as g:
        print("vals", g)
except ExceptionGroup as left:
    print("left", repr(left))

try:
    ExceptionGroup("bad", [1])
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)

try:
    try:
        raise TypeError("plain")
    except* TypeError as g:
        print("wrapped", repr(g))
except Exception as e:
    print("never")

def show():
    try:
        risky(1)
    except ValueError as e:
        e.add_note("note A")
        raise RuntimeError("wrapper") from e
try:
    show()
except RuntimeError as e:
    text = "".join(traceback.format_exception(e)).replace(__file__, "FILE")
    print(text)
print("".join(traceback.format_exception(eg)).replace(__file__, "FILE"))
raise ExceptionGroup("final", [ValueError("v"), ExceptionGroup("sub", [OSError("o")])])
