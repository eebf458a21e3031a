class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
class AppError(Exception):
    pass
def parse_age(text):
    try:
        return int(text)
    except ValueError as e:
        raise ValidationError("age", "not a number") from e
def load(record):
    try:
        return parse_age(record["age"])
    except KeyError:
        raise AppError("record has no age")
for rec in [{"age": "42"}, {"age": "x"}, {}]:
    try:
        print(load(rec))
    except ValidationError as e:
        print("ValidationError", e, e.field, type(e.__cause__).__name__, e.__suppress_context__)
    except AppError as e:
        print("AppError", e, repr(e.__context__), e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling") from None
except ValueError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
e = ValueError("a", 1)
print(e.args, str(e), repr(e), e.with_traceback(None) is e)
print(repr(ValidationError("f", "p")), ValidationError("f", "p").args)
class Custom(Exception):
    def __str__(self):
        return "custom text"
print(str(Custom()), repr(Custom(1)), f"{Custom()}")
try:
    raise Custom
except Custom as c:
    print("caught", type(c).__name__, c.args)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    try:
        pass
    finally:
        raise KeyError("in finally")
except KeyError as e:
    print("KeyError", e)
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("cleanup", i)
    return i
print(g())
load({"age": "x"})
