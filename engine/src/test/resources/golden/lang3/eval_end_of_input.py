for s in ["1 +", "1 +  ", "(1,", "f(", "x.", "1 if x", "1 if x else", "  ", "# c", "\n", "1 +\n", "1\n+", "[1,\n2", "lambda", "not", "'abc", "1 + é"]:
    try:
        eval(s)
    except SyntaxError as e:
        print(repr(s), repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
    except Exception as e:
        print(repr(s), type(e).__name__, e)
