# Integer and float arithmetic with Python's semantics.
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(2 ** 10, 2 ** -1, (-2) ** 3, 10 ** 20, 3 ** 40)
print(1 / 3, 2 / 3, 10 / 4, 1e16, 1e-5, 123456789.123, 0.1 + 0.2)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(abs(-3), abs(-3.5), round(2.5), round(3.5), round(2.675, 2), round(-0.5))
print(int("42"), int("-0x1f", 16), int(" 12 "), int(3.99), int(-3.99), float("1e3"))
print(True + True, True * 3, 5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, -1 >> 3)
big = 2 ** 100
print(big, big // 3, big % 7, -big, big * big)
print(hex(255), oct(8), bin(10), hex(-255))
print(float("inf"), float("-inf"), -0.0, 1e300 * 1e10)
print(max(1, 2.5), min([3, 1, 2]), sum([1, 2, 3]), sum([0.1] * 10))
print(3 < 4 < 5, 3 < 4 > 5, 1 == 1.0, 2 != 2, "a" < "b" <= "b")
print(pow(2, 10, 1000), pow(3, -1, 7))
print(round(1234.5678, -2), round(1234.5678, 1), round(12345, -2))
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
