cases = [
    "1 / 0", "1 // 0", "1 % 0", "divmod(1, 0)", "1.0 / 0", "1.0 // 0.0", "1.0 % 0", "divmod(1.5, 0)", "0.0 ** -1", "0 ** -1",
    "(1+1j) / 0", "1 << -1", "1 >> -1", "2 ** 10000.0", "10.0 ** 400", "math.exp(1000)", "math.sqrt(-1)", "math.log(-1)",
    "int('x')", "'a' + 1", "1 + 'a'", "[] + ()", "'a' * 'b'", "'a' * 2.5", "[1] * 1.0", "None + 1", "-'a'", "~1.5",
    "abs('x')", "len(5)", "5()", "'abc'()", "[1][None]", "{}[[]]", "(1).foo", "1 < 'a'", "[] < ()", "{} < {}",
    "sum([1, 'a'])", "max(1, 'a')", "sorted([1, 'a'])", "round('1.5')", "int(None)", "float([])", "complex('x')",
    "bytes(-1)", "range(1.5)", "range(0, 10, 0)", "list(5)", "tuple(None)", "dict(5)", "set(1)", "iter(None)",
    "chr(-1)", "ord('')", "ord('ab')", "hex(1.5)", "bin('1')", "pow(0, -1)", "pow(2, 3, 0)", "math.factorial(1.5)",
    "2 ** -1 ** 2", "-2 ** 0.5", "(-8) ** (1 / 3)", "10 ** 20 / 10 ** 19", "2 ** 1000 * 1.0", "int(1e400)",
    "float('1e400')", "1e308 + 1e308", "(2 ** 1100) / 2", "float(2 ** 1100)", "math.floor(float('inf'))", "round(float('nan'))",
    "[1, 2, 3][1:2:0]", "'abc'.center(-1)", "'x'.zfill(-5)", "'a'.join(5)", "','.join([1])", "' '.split('')",
    "'abc'.index('d')", "[].index(1)", "(1, 2).index(3)", "'abc'.replace('a')", "str(b'x', 'bogus')", "b'x'.decode('bogus')",
]
import math
for src in cases:
    try:
        print(f"{src:28} -> {eval(src)!r}")
    except Exception as e:
        print(f"{src:28} !! {type(e).__name__}: {e}")
