for fn in (eval, exec):
    for s in ["[1,\n2", "(1,\n", "[1,\n2\n", "{\n\n", "x(\n1,\n2", "'''abc\n"]:
        try:
            fn(s)
        except SyntaxError as e:
            print(fn.__name__, repr(s), repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
