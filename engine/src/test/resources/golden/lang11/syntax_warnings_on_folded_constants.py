# CPython's compiler folds constant operations before its checks, so "is" with a literal, calling
# a literal and subscripting one also warn when the literal is written as 'a' + 'b', 2 * 3 or -1.
import warnings

warnings.simplefilter("always")
cases = [
    "x is 'a' + 'b'", "x is not 's' * 2", "x is 2 * 3", "x is -1", "x is ~0", "x is (1, 2) + (3,)",
    "x is None", "x is not ...", "x is 1 / 0", "(1 + 2)()", "('a' * 2)(1)", "(2 * 3)[1]", "(-1)[0]",
    "[1][1 + 1.5]", "('a' + 'b')[0.5]", "x is 2 ** 200", "x is 'a' * 5000", "x is (-x)",
]
for src in cases:
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        compile(src, "<case>", "eval")
    print(f"{src!r:24}", [str(w.message) for w in got])
