# Lists: building with append/extend/insert, sorting (plain, keyed, reversed, tuples), slicing,
# slice assignment, reversal, index/count, pop from both ends.


def make_numbers(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 100_000)
    return out


def checksum(values):
    c = 0
    for i, v in enumerate(values):
        c = (c * 31 + v + i) % 1000000007
    return c


nums = make_numbers(250_000, 42)
print("built:", len(nums), checksum(nums))

plain = sorted(nums)
keyed = sorted(nums, key=lambda v: (v % 1000, -v))
backwards = sorted(nums, reverse=True)
print("sorted:", checksum(plain), checksum(keyed), checksum(backwards))

pairs = [(v % 97, v) for v in nums]
pairs.sort()
print("tuples:", pairs[0], pairs[-1], checksum([p[0] * p[1] % 10007 for p in pairs]))

window = 0
for i in range(0, len(nums) - 50, 25):
    part = nums[i:i + 50]
    window = (window + sum(part[::3]) - part[-1] + len(part[1:-1])) % 1000000007
print("slices:", window)

work = list(range(2000))
for i in range(4000):
    if i % 3 == 0:
        work.insert(i % 500, i)
    elif i % 3 == 1:
        work.pop()
    else:
        work.pop(0)
print("insert/pop:", len(work), checksum(work))

grid = [[(r * c) % 17 for c in range(120)] for r in range(120)]
for r in range(0, 120, 2):
    grid[r][10:20] = grid[r][30:40][::-1]
flat = []
for row in grid:
    flat.extend(row)
flat.reverse()
print("grid:", checksum(flat), flat.count(0), flat.index(16))

stack = []
total = 0
for v in nums:
    stack.append(v)
    if len(stack) > 30:
        total += stack.pop() - stack.pop(0)
print("stack:", total, len(stack))
