import sys
print(sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else "n/a")
big = 10 ** 5000
try:
    s = str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(big)), int("9" * 4300) % 7)
print(f"{2**100:,}", f"{2**64:x}", f"{-2**65:_b}"[:20], format(10**20, "e"), format(2**70, ".3g"))
print(int.__name__, (7).__class__, (7).real, (7).imag, (7).numerator, (7).denominator, (3.5).real)
print(bool(0), bool(""), bool([]), bool(None), bool(0.0), bool(-1), bool("0"), bool([0]))
print(str(True), int(True), float(True), repr(True), True == 1, True is 1 if False else "skip")
print(int("  -0b11 ", 0) if False else int(" -11 "), int("z", 36), int("Z", 36), int("10", 2))
try:
    int("2", 2)
except ValueError as e:
    print("ValueError:", e)
try:
    int("08", 0)
except ValueError as e:
    print("ValueError:", e)
print(round(1e15 + 0.5), round(-0.5), round(0.5), round(1.5), round(2.675, 2), round(5, 1), type(round(5.5)))
print(float("nan") != float("nan"), float("inf") > 1e308, -float("inf"), float("-0.0"), 1 / float("inf"))
print(abs(-5), abs(-5.5), abs(True), pow(2, 0.5), pow(-8, 1/3) if False else pow(2, -2), 2 ** 0.5 == 2 ** .5)
print(10 ** -2, 10.0 ** 20, 10 ** 20.0, 2 ** 62, 2 ** 63, 2 ** 1000 // 2 ** 998)
print(9007199254740993.0, 0.1 + 0.7, 1.1 * 3, 3 * 1.1 == 3.3, 1e-10, 123e-20, 1.0e16, 12345678901234567890.0)
