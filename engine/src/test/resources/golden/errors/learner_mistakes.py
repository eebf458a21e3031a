import math
def attempt(label, fn):
    try:
        fn()
        print(f"{label:<22} ok")
    except Exception as e:
        print(f"{label:<22} {type(e).__name__}: {e}")

scores = [90, 80]
ages = {"ann": 30}
attempt("index", lambda: scores[2])
attempt("negative index", lambda: scores[-3])
attempt("key", lambda: ages["bob"])
attempt("iterate int", lambda: [x for x in 5])
attempt("unhashable", lambda: {[1]: 2})
attempt("set of lists", lambda: set([[1]]))
attempt("concat", lambda: "age: " + 5)
attempt("len int", lambda: len(5))
attempt("int parse", lambda: int("abc"))
attempt("int parse float", lambda: int("3.5"))
attempt("float parse", lambda: float("1,5"))
attempt("unpack many", lambda: [a for a, b in [(1, 2, 3)]])
attempt("unpack few", lambda: [a for a, b, c in [(1, 2)]])
attempt("call str", lambda: "abc"())
attempt("none attr", lambda: None.upper())
attempt("str attr typo", lambda: "abc".uper())
attempt("list attr typo", lambda: [].apend(1))
attempt("module attr typo", lambda: math.sqr(4))
attempt("name typo", lambda: scroes)
attempt("missing arg", lambda: math.pow(2))
attempt("method missing arg", lambda: "a".replace("a"))
attempt("str index assign", lambda: exec_like())
attempt("sqrt negative", lambda: math.sqrt(-4))
attempt("div zero", lambda: 10 / 0)
attempt("mod zero", lambda: 10 % 0)
attempt("float div zero", lambda: 1.0 / 0.0)
attempt("big float", lambda: float(10 ** 400))
attempt("int too big", lambda: math.factorial(100000) / 1.0 if False else 10.0 ** 400)
attempt("list remove", lambda: scores.remove(1))
attempt("dict view index", lambda: ages.keys()[0])
attempt("tuple append", lambda: (1, 2).append(3))
attempt("str minus", lambda: "abc" - "b")
attempt("compare types", lambda: sorted([3, "a", 1]))
attempt("None compare", lambda: None < 1)
attempt("round str", lambda: round("1.5"))
attempt("range float", lambda: range(0, 1, 0.1))
attempt("range zero step", lambda: range(0, 1, 0))
attempt("chr big", lambda: chr(-1))
attempt("join ints", lambda: ", ".join([1, 2]))
attempt("format bad", lambda: f"{3.5:d}")
attempt("format str spec", lambda: format("x", "05d"))
attempt("int base", lambda: int("12", 1))
def exec_like():
    s = "abc"
    s[0] = "A"
def counter():
    count += 1
attempt("unbound local", counter)
def recurse(n):
    return recurse(n + 1)
attempt("recursion", lambda: recurse(0))
class Dog:
    def __init__(self, name):
        self.name = name
    def bark(self):
        return self.name + " barks"
attempt("method no self", lambda: Dog.bark())
attempt("init args", lambda: Dog())
attempt("init extra", lambda: Dog("a", "b"))
attempt("attr missing", lambda: Dog("rex").age)
attempt("attr typo", lambda: Dog("rex").nam)
