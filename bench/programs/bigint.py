# Big integers: long multiplication chains, big Fibonacci numbers, modular exponentiation by hand,
# and repeated divmod. Results are printed as residues and bit lengths (str() of huge ints is limited
# in CPython 3.11, so digits are never printed in full).

M = (1 << 61) - 1


def factorial(n):
    r = 1
    for k in range(2, n + 1):
        r *= k
    return r


def big_fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def modpow(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


def chunk_sum(n, chunk):
    s = 0
    while n:
        n, r = divmod(n, chunk)
        s += r
    return s


f = factorial(8000)
print("8000! mod M:", f % M, "high part:", (f >> 90000) % M)
print("8000! chunk sum:", chunk_sum(f, 10**9) % M)
g = big_fib(120_000)
print("fib(120000) mod M:", g % M, "high part:", (g >> 90000) % M)
p = (1 << 521) - 1
acc = 0
for e in range(2, 500):
    acc = (acc + modpow(3, p - e, p)) % M
print("modpow checksum:", acc)
print("power tower:", (7 ** 5000 + 11 ** 4000) % M, pow(5, 10**18, 10**9 + 7))
