import warnings
warnings.simplefilter("ignore", SyntaxWarning)
def f1():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f1())
def f2():
    try:
        raise ValueError("lost")
    finally:
        return "finally return swallows"
print(f2())
def f3():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally at", i)
    return i
print(f3())
def f4():
    for i in range(3):
        try:
            continue
        finally:
            print("continue finally", i)
f4()
def f5():
    try:
        return 1
    finally:
        return 2
print(f5())
def f6():
    x = 0
    try:
        x += 1
        return x
    finally:
        x += 10
        print("x in finally", x)
print(f6())
def f7():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
        return "handled"
    else:
        return "no error"
    finally:
        print("outer finally")
print(f7())
def f8():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("f8 finally")
print(f8())
def f9():
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
    finally:
        print("f9 finally sees exception in flight")
try:
    f9()
except TypeError as e:
    print("f9 raised", repr(e), "context", repr(e.__context__))
def f10():
    while True:
        try:
            return "from loop"
        finally:
            break
    return "after break"
print(f10())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for x in gen():
    print("got", x)
    break
print("loop over")
def f11():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise
        except ZeroDivisionError as e:
            return f"re-raised {e}"
print(f11())
def f12():
    e = "not cleared?"
    try:
        raise ValueError
    except ValueError as e:
        pass
    return "e" in locals()
print(f12())
count = 0
while count < 3:
    count += 1
    if count == 2:
        continue
    print("count", count)
else:
    print("while else runs")
for i in []:
    pass
else:
    print("for else on empty")
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def f13():
    try:
        return [1, 2][5]
    except IndexError:
        return "index"
    finally:
        print("f13 finally")
print(f13())
