# Loops with integer arithmetic: Collatz lengths, a xorshift generator, digit sums, gcds.


def collatz_total(limit):
    total = 0
    longest = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n //= 2
            else:
                n = 3 * n + 1
            steps += 1
        total += steps
        if steps > longest:
            longest = steps
    return total, longest


def xorshift(seed, count):
    x = seed
    checksum = 0
    for _ in range(count):
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        checksum = (checksum + x) % 4294967291
    return checksum


def digit_sums(limit):
    s = 0
    i = 0
    while i < limit:
        n = i
        while n:
            s += n % 10
            n //= 10
        i += 1
    return s


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def coprime_pairs(limit):
    count = 0
    for a in range(1, limit):
        for b in range(a, limit, 7):
            if gcd(a, b) == 1:
                count += 1
    return count


print("collatz:", collatz_total(80_000))
print("xorshift:", xorshift(2463534242, 600_000))
print("digit sums:", digit_sums(300_000))
print("coprime pairs:", coprime_pairs(700))
