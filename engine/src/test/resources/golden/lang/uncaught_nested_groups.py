def fail():
    inner = ExceptionGroup("inner", [ValueError("v1"), TypeError("t1")])
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("outer", [inner, RuntimeError("r1")])

fail()
