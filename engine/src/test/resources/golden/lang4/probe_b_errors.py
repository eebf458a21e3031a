class Dog:
    def __init__(self, name): self.name = name
    def bark(self): return "woof"
d = Dog("x")
tests = [
 "d.nmae", "d.brak()", "Dog()", "Dog('a', 'b')", "d.bark(1)", "undefined_var", "lenn([])", "[1,2][5]", "{'a':1}['b']",
 "int('abc')", "1 + 'a'", "'a' + 1", "None.x", "len(5)", "[].pop()", "{}.popitem()", "(1,2).append(3)", "x, y = [1,2,3]",
 "a, b, c = [1]", "iter(5)", "next(iter([]))", "'abc'.index('z')", "[1].index(2)", "float('x')", "1/0", "1%0", "2**-1 // 0",
 "int.nope", "abs('a')", "d()", "'x'[0] = 1", "del d.zzz", "getattr(d, 'q')", "object().__dict__", "set().remove(1)",
 "range(1.5)", "list(1)", "dict([1,2])", "'a'.join([1])", "str.upper(5)", "print(sep=5)", "divmod(1, 0)", "round('a')",
 "[1,2,3][1:2:0]", "int('9'*5000)", "bytes('a')", "tuple()[0]", "math.sqrt(-1)", "sum(['a','b'])", "zip(1)", "min(1, 'a')",
]
import math
for t in tests:
    try:
        exec(t)
    except BaseException as e:
        print(f"{t!r}: {type(e).__name__}: {e}")
