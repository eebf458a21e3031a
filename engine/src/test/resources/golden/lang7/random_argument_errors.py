import random
tests = [
    lambda: random.randint(5),
    lambda: random.randint(),
    lambda: random.randint(1, 2, 3),
    lambda: random.choice(),
    lambda: random.randrange(),
    lambda: random.uniform(1),
    lambda: random.shuffle(),
    lambda: random.sample([1, 2]),
    lambda: random.random(1),
    lambda: random.seed(1, 2, 3),
    lambda: random.choices(),
    lambda: random.gauss(1, 2, 3),
    lambda: random.randint(1, b=2, c=3),
    lambda: random.randint(a=1),
    lambda: random.Random().randint(1),
    lambda: random.getrandbits(),
    lambda: random.triangular(1, 2, 3, 4),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
more = [
    lambda: random.randint(1, 2, a=3),
    lambda: random.sample([1, 2], 1, 2),
    lambda: random.choices([1], None, 3),
    lambda: random.choice([1], 2),
    lambda: random.seed(x=3),
    lambda: random.triangular(1, 2, mode=3, low=1),
    lambda: random.uniform(),
    lambda: random.randrange(1, 2, 3, 4),
    lambda: random.expovariate(1, 2),
    lambda: random.shuffle([1], None),
]
for t in more:
    try:
        t()
    except TypeError as e:
        print(e)
print(random.choice(seq=[7]))
