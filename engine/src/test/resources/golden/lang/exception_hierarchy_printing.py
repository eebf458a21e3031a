import sys

class AppError(Exception):
    """App failure."""

class DbError(AppError):
    def __init__(self, table, *rest):
        super().__init__(f"table {table} unavailable", *rest)
        self.table = table
    def __str__(self):
        return f"[db] {super().__str__()}"

def level3():
    raise DbError("users", 42)

def level2():
    try:
        level3()
    except DbError as e:
        raise AppError("level2 failed") from e

def level1():
    try:
        level2()
    except AppError as e:
        print("caught:", e, "| cause:", e.__cause__, "| cause args:", e.__cause__.args)
        print(sys.exc_info()[0].__name__, isinstance(e, Exception), DbError.__mro__[1:3])
        print(AppError.__doc__, DbError.__doc__)
        raise

try:
    level1()
except Exception as outer:
    tb = outer.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)

def finally_overrides():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(finally_overrides())

def nested_handlers():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError("k")
    except KeyError as e:
        return repr(e.__context__)
print(nested_handlers())
e = ValueError("x")
print(e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise e
except ValueError:
    pass
print(e.__traceback__ is not None)
try:
    raise TypeError
except TypeError as t:
    print(repr(t), t.args)
try:
    raise 5
except TypeError as t:
    print("TypeError:", t)
try:
    raise ValueError from 5
except TypeError as t:
    print("TypeError:", t)
print(sys.exc_info())
level1()
