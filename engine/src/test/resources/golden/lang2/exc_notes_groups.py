def validate(x):
    if x < 0:
        e = ValueError(f"negative: {x}")
        e.add_note(f"while validating item {x}")
        e.add_note("second note")
        raise e
    return x
try:
    validate(-1)
except ValueError as e:
    print(e, e.__notes__)
try:
    ValueError().add_note(5)
except TypeError as e:
    print("TypeError:", e)
eg = ExceptionGroup("batch failed", [ValueError("a"), TypeError("b"), ExceptionGroup("inner", [KeyError("k")])])
print(repr(eg), str(eg), eg.exceptions[2])
match, rest = eg.split(ValueError)
print(match, rest)
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
try:
    raise eg
except* ValueError as g:
    print("caught values:", repr(g))
except* (TypeError, KeyError) as g:
    print("caught others:", repr(g))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", [1])
except TypeError as e:
    print("TypeError:", e)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
def fail_all():
    errors = []
    for i in range(3):
        try:
            [1, 2][i * 2]
        except IndexError as e:
            e.add_note(f"attempt {i}")
            errors.append(e)
    raise ExceptionGroup("all attempts failed", errors)
fail_all()
