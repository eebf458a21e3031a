# Comprehensions and generators: list/dict/set comprehensions (nested, filtered), generator
# expressions consumed by sum/any/all/max, generator functions with yield and yield from,
# and itertools pipelines.
import itertools


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


def chunks(values, size):
    for i in range(0, len(values), size):
        yield values[i:i + size]


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


first = list(itertools.islice(primes(), 5500))
print("primes:", first[-1], sum(first))

table = [[(r * c) % 11 for c in range(620)] for r in range(620)]
print("table:", sum(sum(row) for row in table), sum(1 for row in table for v in row if v == 0))

evens = {v for row in table for v in row if v % 2 == 0}
squares = {i: i * i for i in range(160000) if i % 3}
print("set/dict:", sorted(evens), len(squares), sum(squares.values()) % 1000003)

best = max((i * 7919) % 10007 for i in range(900_000))
flags = any(i * i == 99980001 for i in range(160000)), all(i < 10**6 for i in range(600_000))
print("max/any/all:", best, flags)

sizes = [sum(c) for c in chunks(list(range(600_000)), 64)]
print("chunks:", len(sizes), sizes[0], sizes[-1])

nested = [[i, [i + 1, [i + 2, i + 3]]] for i in range(0, 400_000, 4)]
print("flatten:", sum(flatten(nested)))

pipeline = itertools.chain((x * 2 for x in range(400_000)), (x * 3 for x in range(400_000)))
print("pipeline:", sum(x for x in pipeline if x % 5 == 1))

matrix = [[c * 10 + r for c in range(50)] for r in range(50)]
transposed = [[row[i] for row in matrix] for i in range(50)]
product = sum(a * b for ra, rb in zip(matrix, transposed) for a, b in zip(ra, rb))
print("zip:", product)
