import asyncio, math, statistics, textwrap, string
from decimal import Decimal
from fractions import Fraction

async def measure(name, values):
    await asyncio.sleep(0)
    return name, values

async def main():
    data = await asyncio.gather(
        measure("alpha", [3, 1.5, -2, 10**20, 7]),
        measure("beta", [0.1, 0.2, 0.3]),
        measure("gamma", [Fraction(1, 3), Fraction(2, 7)]),
    )
    for name, vals in data:
        total = sum(vals)
        print(f"{name:^9}|{total!r:>28}|{len(vals):03d}|{str(total)[:10]:<10}|")
        print(f"  {float(total):e} {float(total):.3g} {float(total):,.2f} {float(total):%}"[:70])
    print(f"{12345678:,} {12345678:_x} {255:#o} {255:#b} {-3.5:+08.2f} {3:*^7}")
    print("%-6s|%6.2f|%x|%r|%c" % ("ab", math.pi, 255, "q", 65))
    print(divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2, 7.5 // 2, -7.5 % 2)
    print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2))
    print(2 ** 100, 2 ** -2, pow(3, 4, 5), pow(2, -1, 7), (-8) ** (1/3))
    print(Decimal("1.10") + Decimal("2.205"), Decimal(1) / Decimal(7))
    print(statistics.mean([1, 2, 3, 4]), statistics.median([1, 3, 2, 4]), statistics.stdev([1, 2, 3, 4]))
    print(textwrap.fill("the quick brown fox jumps over the lazy dog " * 3, width=30))
    print(string.capwords("hello   async world"), "Hello".center(11, "*"), "a,b,,c".split(","), "  x ".strip())
    print(1e16, 1e-5, 0.1 + 0.2, 1/3, float("inf"), -0.0, 123456789012345678.0, 1e22, 1.5e300 * 1e10)
    print(int("0x1f", 16), int("  -42 "), float(" 1_000.5 "), complex(1, -2), abs(3 + 4j))
    print(sorted(["b", "A", "c", "B"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")], reverse=True))
    print(hash(1) == hash(1.0), 10 ** 20 // 7, -(10 ** 20) // 7, (10 ** 20) % -7, bin(-10), hex(-255))
    print(repr("it's"), repr('say "hi"'), repr("both ' and \""), ascii("é✓"), "tab\there".expandtabs(4))
    print(list(map(lambda p: p[0] * p[1], zip(range(5), range(5, 0, -1)))), [*range(3), *"ab"], {**{"a": 1}, "b": 2})
    print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), math.gcd(12, 18), math.lcm(4, 6), math.comb(10, 3), math.factorial(20))

asyncio.run(main())
