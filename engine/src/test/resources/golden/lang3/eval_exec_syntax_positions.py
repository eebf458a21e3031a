    for fn in (eval, exec):
        try:
            fn(s)
        except SyntaxError as e:
            print(fn.__name__, repr(s), repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
        except Exception as e:
            print(fn.__name__, repr(s), type(e).__name__, e)
try:
    raise SyntaxError("m", ("f", 1, 2, "t", 1, 3))
except SyntaxError as e:
    print(e)
