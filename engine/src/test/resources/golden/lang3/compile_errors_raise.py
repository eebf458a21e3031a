try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print(e, repr(e.text), e.offset)
src = "x = 1\ny = x +\n"
try:
    compile(src, "prog.py", "exec")
except SyntaxError as e:
    print(e.filename, e.lineno, e.offset, repr(e.text))
exec(compile("raise ValueError('bad')", "prog.py", "exec"))
