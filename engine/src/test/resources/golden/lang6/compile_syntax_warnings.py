# compile(), eval() and exec() issue the compiler's SyntaxWarnings through the warnings module.
import warnings

x = 5
print(eval("x is 5"))
print(eval("'a' is not 'a'"))
code = compile("def f(y):\n    return y is ()\n", "module.py", "exec")
exec("assert (x, 'message')")
exec("if x is 5.0: print('never')\nelse: print('float compared')")
print(eval("[1, 2] is [1, 2]"))  # a list display is not a literal: no warning

warnings.simplefilter("ignore", SyntaxWarning)
print(eval("1 is 1"), "(ignored)")
warnings.resetwarnings()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    eval("'x' is 'x'")
    compile("None is 1", "<mine>", "eval")
for w in caught:
    print(w.category.__name__, w.filename, w.lineno, w.message)

warnings.simplefilter("error", SyntaxWarning)
try:
    eval("2 is 2")
except (SyntaxError, SyntaxWarning) as e:
    print(type(e).__name__, e)
