import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.randrange(10), random.randrange(5, 50, 5))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.choices("abc", k=5), random.choices([1, 2, 3], weights=[1, 0, 5], k=4))
print(random.uniform(1, 2), random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(5, 2), random.triangular(0, 10))
print(random.expovariate(1.5), random.gammavariate(2, 3), random.betavariate(2, 5), random.lognormvariate(0, 1))
print(random.paretovariate(3), random.weibullvariate(1, 2), random.vonmisesvariate(1, 2), random.getrandbits(70))
print(random.randbytes(5))
r = random.Random(7); print(r.random(), r.randint(0, 9), repr(random.Random)[:30])
random.seed("hello"); print(random.random())
random.seed(3.5); print(random.random())
random.seed(-12345678901234567890); print(random.random())
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random(), len(st[1]), st[0])
random.seed(1); print([random.randint(1, 6) for _ in range(20)])
random.seed(2024); print(random.sample(['a', 'b', 'c', 'd', 'e'], 3), random.sample(range(10), k=4, counts=None))
print(random.sample(['x', 'y'], 3, counts=[2, 2]))
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randint(5, 1), lambda: random.sample({1, 2}, 1), lambda: random.sample([1], 2), lambda: random.seed([1]), lambda: random.choices([1], [1], cum_weights=[1]), lambda: random.randrange(1.5), lambda: random.getrandbits(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class MyR(random.Random):
    pass
m = MyR(5); print(m.random(), type(m).__name__)
