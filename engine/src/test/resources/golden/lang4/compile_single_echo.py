code = compile("1 + 2", "<input>", "single")
exec(code)
exec(compile("x = 5", "<input>", "single"))
exec(compile("x", "<input>", "single"))
exec(compile("'hi'", "<input>", "single"))
exec(compile("None", "<input>", "single"))
exec(compile("[1, 2]\n", "<input>", "single"))
exec(compile("for i in range(2): i\n", "<input>", "single"))
import sys
print(hasattr(sys, "displayhook"))
_ = None
exec(compile("7 * 6", "<s>", "single"))
print(_ if False else "end")
try:
    compile("1\n2\n", "<s>", "single")
except SyntaxError as e:
    print(type(e).__name__, e)
for src in ["1\n2\n", "x=1\ny=2", "if 1:\n  pass\nz=3\n", "1;2", "", "\n\n", "# c\n", "def f():\n  return 1\n\n", "1\n\n", "1\n# c\n", "a = [1,\n 2]\na\n", "print('p')", "None", "'s'", "for i in 'ab': i\n", "def g(): 5\n", "class K: 6\n"]:
    try:
        c = compile(src, "<s>", "single")
        print(repr(src), "ok")
        exec(c)
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
import sys
def hook(v):
    print("hook got", v)
sys.displayhook = hook
exec(compile("3 * 3", "<s>", "single"))
sys.displayhook = sys.__displayhook__
exec(compile("[1, 'a']", "<s>", "single"))
import builtins
print(builtins._)
ns = {}
exec(compile("y = 4\n", "<s>", "single"), ns)
exec(compile("y + 1", "<s>", "single"), ns)
print(eval(compile("2+2", "<s>", "single")))
try:
    exec(compile("1/0", "<stdin>", "single"))
except ZeroDivisionError as e:
    print("zd", e)
print(sys.displayhook.__name__, sys.displayhook is sys.__displayhook__)
