print(int("42") + 1, str(42) + "1", float("3.5") * 2, int(True), bool("False"), bool(""), bool(0.0), bool([]))
print(int("-0"), int("+7"), int("0o17", 0), int("17", 8), int("ff", 16), int("0b11", 2), bin(10), oct(10), hex(255), hex(-255))
print(str(1e16), str(1e-5), str(123456789.0), str(0.1 + 0.7), repr(1/3), str(-0.0), 1e400, float("-inf"))
print(round(3.14159, 3), round(1234, -2), round(-1.5), round(2.5), round(3.5), round(7, 0), type(round(7.0)), type(round(7.0, 0)))
for bad in ["4.0", "four", " ", "1e3", "0x10", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["abc", "1.2.3", "", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(10, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 4000)))
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
print(f"{10**20:e}", 10**20 // 7, 7 / 2, 7 // 2, -7 / 2, 2 ** -1, 2 ** 0.5, 10 % 3.5, abs(-3), abs(-3.5), abs(3 + 4j))
print(int(3.999999999999999999), 0.1 * 3, 1.1 + 2.2, 3 * 0.1 == 0.3, 9007199254740993.0, int(9007199254740993.0))
