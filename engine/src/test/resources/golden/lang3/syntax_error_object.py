e = SyntaxError("m", ("f", 1, 2, "t", 1, 3))
print(e)
print(str(e))
try:
    compile("x=1", "f", "eval")
except SyntaxError as e:
    print(e)
    print(str(e))
    print(e.args)
print(StopIteration(5).value)
e = SyntaxError("m", ("f", 1, 2, "t", 1, 3))
print(e.msg)
class S(SyntaxError): pass
print(S("m", ("f", 1, 2, "t", 1, 3)).msg)
