# Big ints against small ones: `&` with a small non-negative mask (read from the big number's low
# bits), ordering comparisons (a big value lies outside every small one), and division by moduli of
# all ones (2**k - 1, reduced by shifts after their first use) next to other moduli.
import random

random.seed(5)
vals = [0, 1, -1, 2, -2, 255, -256, 2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**64,
        2**100 + 12345, -(2**100) - 7, True, False]
for _ in range(40):
    bits = random.randrange(1, 300)
    vals.append(random.getrandbits(bits) * random.choice([1, -1]))
acc = 0
for x in vals:
    for y in vals:
        r = (x & y, x < y, x <= y, x > y, x >= y, x == y, x != y)
        acc = (acc * 31 + hash(r)) % (2**61 - 1)
print("and/compare checksum:", acc)
print(-5 & 2**70, (2**70 + 5) & 7, (-(2**70) - 3) & 0xFF, 7 & (2**80 - 1), (-2**80) & 1, True & 2**65,
      type(True & 2**65).__name__, (2**64 + 1) & True, (-(2**64) + 1) & 2**63)
print(2**64 > 0, -2**64 < -2**63, 2**64 >= 2**63, -(2**64) <= 0, 2**64 == 2**64, 2**64 != -2**64)

for k in (100, 192, 200, 521, 1279, 4423):
    m = (1 << k) - 1
    other = m - 2
    total = 0
    for modulus in (m, other, m, other, m):
        for x in (0, 1, modulus - 1, modulus, modulus + 1, modulus * modulus - 1, modulus * modulus,
                  (1 << 2 * k) - 1, (1 << 2 * k) - modulus, -1, -modulus - 1, (1 << 2 * k)):
            q, r = divmod(x, modulus)
            assert q * modulus + r == x and 0 <= r < modulus, (k, x)
            assert x % modulus == r and x // modulus == q
            assert divmod(x, -modulus) == ((-x) // modulus, -((-x) % modulus))
            total = (total * 7 + hash((q, r))) % (2**61 - 1)
        for _ in range(150):
            x = random.getrandbits(random.randrange(1, 2 * k + 1))
            q, r = divmod(x, modulus)
            total = (total * 7 + q % 1000003 + r % 999983 + (x % modulus) % 7919 + (x // modulus) % 104729) % (2**61 - 1)
    print(k, "divmod checksum:", total)


def modpow(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


p = (1 << 521) - 1
print(all(modpow(b, p - 1, p) == 1 for b in (2, 3, 5, 7, 2**300 + 1)))
print(modpow(3, p - 2, p) * 3 % p, modpow(3, 2**600 + 5, p) == pow(3, 2**600 + 5, p))
