"""Records random-module call sequences after seeding: random.txt.

Each line: scenario number, call, arguments (';'-separated, ints decimal, floats float.hex()),
outcome, and for paretovariate/weibullvariate, when glibc's pow made CPython's result differ from
the correctly rounded computation, a last column 'cr:VALUE' (the engine's pow is correctly
rounded). A scenario starts with a seed call ('seed_int', 'seed_str', 'seed_bytes', 'seed_float')
and the following calls continue from the generator's state. Sequence results are lists of
indices/values; float results are float.hex().

Run from this folder: python3 gen_random.py
"""
import sys
import math
import random as R

sys.dont_write_bytecode = True  # keep __pycache__ out of the test resources
from golden import Writer, cr_pow, fhex

w = Writer('random.txt', 'gen_random.py')
meta = R.Random(99)


def enc(v):
    if isinstance(v, float):
        return fhex(v)
    if isinstance(v, list):
        return '[' + ','.join(enc(x) for x in v) + ']'
    if isinstance(v, bytes):
        return v.hex()
    return str(v)


scenario = 0


def run(rng, name, args, fn, cr_fn=None):
    """Records fn(); cr_fn, run on a copy of the state, computes the same with a correctly rounded
    pow, recorded in a last 'cr:' column when glibc's pow made CPython's result differ."""
    state = rng.getstate()
    try:
        r = '=' + enc(fn())
    except Exception as e:
        r = '!' + type(e).__name__ + ': ' + str(e)
    extra = []
    if cr_fn is not None:
        twin = R.Random()
        twin.setstate(state)
        c = cr_fn(twin)
        if c is not None and '=' + enc(c) != r:
            extra = ['cr:' + enc(c)]
    w.row(scenario, name, ';'.join(enc(a) for a in args), r, *extra)


def cr_or(v, x, y):
    c = cr_pow(x, y)
    return v if c is None else c


def pareto_cr(rng, alpha):
    u = 1.0 - rng.random()
    return cr_or(u ** (-1.0 / alpha), u, -1.0 / alpha)


def weibull_cr(rng, alpha, beta):
    u = 1.0 - rng.random()
    base = -math.log(u)
    return alpha * cr_or(base ** (1.0 / beta), base, 1.0 / beta)


SEEDS = [('seed_int', s) for s in [0, 1, 42, -42, 2 ** 32 - 1, 2 ** 32, 2 ** 64 + 7, 10 ** 40, 12345, 20240101, 3, 7]]
SEEDS += [('seed_str', s) for s in ['', 'a', 'hello', 'h\xe9llo', 'spam and eggs']]
SEEDS += [('seed_bytes', s) for s in [b'', b'abc', bytes(range(10))]]
SEEDS += [('seed_float', s) for s in [1.5, 0.1, -2.5, 3.0]]
SEEDS += [('seed_int', meta.getrandbits(meta.randint(1, 200))) for _ in range(20)]

for kind, seed in SEEDS:
    scenario += 1
    rng = R.Random()
    rng.seed(seed)
    w.row(scenario, kind, enc(seed) if kind != 'seed_bytes' else seed.hex(), '=None')
    for step in range(40):
        c = meta.randrange(22)
        if c == 0:
            run(rng, 'random', [], rng.random)
        elif c == 1:
            k = meta.choice([0, 1, 5, 31, 32, 33, 64, 65, 100, 200, -1])
            run(rng, 'getrandbits', [k], lambda: rng.getrandbits(k))
        elif c == 2:
            args = meta.choice([[10], [1], [0], [-3], [5, 10], [10, 5], [0, 100, 7], [100, 0, -7], [0, 10, 0],
                                [2 ** 70], [-(2 ** 70), 2 ** 70, 3], [5, 6], [1, 2, -1]])
            run(rng, 'randrange', args, lambda: rng.randrange(*args))
        elif c == 3:
            a, b = meta.choice([(1, 6), (0, 0), (-10, 10), (5, 1), (0, 2 ** 40)])
            run(rng, 'randint', [a, b], lambda: rng.randint(a, b))
        elif c == 4:
            n = meta.choice([0, 1, 2, 3, 10, 1000])
            run(rng, 'choice', [n], lambda: rng.choice(range(n)))
        elif c == 5:
            n = meta.choice([0, 1, 2, 5, 10, 52])
            def sh(n=n):
                x = list(range(n))
                rng.shuffle(x)
                return x
            run(rng, 'shuffle', [n], sh)
        elif c == 6:
            n, k = meta.choice([(10, 3), (10, 10), (10, 11), (5, 0), (100, 5), (1000, 10), (30, 6), (200, 50),
                                (10, -1), (0, 0), (60, 20)])
            run(rng, 'sample', [n, k], lambda: rng.sample(range(n), k))
        elif c == 7:
            n, k = meta.choice([(3, 5), (10, 1), (1, 3), (7, 0)])
            run(rng, 'choices', [n, k], lambda: rng.choices(range(n), k=k))
        elif c == 8:
            ws = meta.choice([[1, 2, 3], [0.5, 0.25, 0.25], [0, 0, 1], [1, 0, 0, 5], [0, 0], [1, 2]])
            k = meta.choice([1, 4])
            run(rng, 'choices_w', [len(ws), k] + ws, lambda: rng.choices(range(len(ws)), weights=ws, k=k))
        elif c == 9:
            cw = meta.choice([[1, 3, 6], [0.5, 0.75, 1.0], [2, 2, 5]])
            run(rng, 'choices_cw', [len(cw), 3] + cw, lambda: rng.choices(range(len(cw)), cum_weights=cw, k=3))
        elif c == 10:
            a, b = meta.choice([(0.0, 1.0), (-5.0, 5.0), (10.0, 2.0)])
            run(rng, 'uniform', [a, b], lambda: rng.uniform(a, b))
        elif c == 11:
            args = meta.choice([[], [0.0, 10.0], [0.0, 10.0, 2.0], [5.0, 5.0, 5.0], [1.0, 3.0, 3.0]])
            run(rng, 'triangular', args, lambda: rng.triangular(*args))
        elif c == 12:
            mu, s = meta.choice([(0.0, 1.0), (10.0, 2.0)])
            run(rng, 'gauss', [mu, s], lambda: rng.gauss(mu, s))
        elif c == 13:
            run(rng, 'normalvariate', [0.0, 1.0], lambda: rng.normalvariate(0.0, 1.0))
        elif c == 14:
            lam = meta.choice([1.0, 0.5, 3.0])
            run(rng, 'expovariate', [lam], lambda: rng.expovariate(lam))
        elif c == 15:
            a = meta.choice([0.5, 1.0, 2.5, 9.0])
            run(rng, 'gammavariate', [a, 2.0], lambda: rng.gammavariate(a, 2.0))
        elif c == 16:
            run(rng, 'betavariate', [2.0, 3.0], lambda: rng.betavariate(2.0, 3.0))
        elif c == 17:
            run(rng, 'lognormvariate', [0.0, 0.5], lambda: rng.lognormvariate(0.0, 0.5))
        elif c == 18:
            run(rng, 'paretovariate', [2.0], lambda: rng.paretovariate(2.0), lambda t: pareto_cr(t, 2.0))
        elif c == 19:
            run(rng, 'weibullvariate', [1.0, 1.5], lambda: rng.weibullvariate(1.0, 1.5),
                lambda t: weibull_cr(t, 1.0, 1.5))
        elif c == 20:
            n = meta.choice([0, 1, 5, 9])
            run(rng, 'randbytes', [n], lambda: rng.randbytes(n))
        else:
            n, k = meta.choice([(3, 5), (4, 2)])
            counts = meta.choice([[1, 2, 3][:n] + [1] * (n - 3), [5] * n])
            run(rng, 'sample_counts', [n, k] + counts, lambda: rng.sample(range(n), k, counts=counts))
# getstate() after seeding and after draws; setstate() restores (the Java side saves its own state).
def state_text(rng):
    version, internal, gauss_next = rng.getstate()
    return ','.join(str(x) for x in internal) + ';' + ('None' if gauss_next is None else fhex(gauss_next))


for seed in [0, 12345, 2 ** 100]:
    scenario += 1
    rng = R.Random(seed)
    w.row(scenario, 'seed_int', str(seed), '=None')
    w.row(scenario, 'getstate', '', '=' + state_text(rng))
    run(rng, 'random', [], rng.random)
    run(rng, 'gauss', [0.0, 1.0], lambda: rng.gauss(0.0, 1.0))
    w.row(scenario, 'getstate', '', '=' + state_text(rng))
    saved = rng.getstate()
    w.row(scenario, 'savestate', '', '=None')
    run(rng, 'random', [], rng.random)
    run(rng, 'random', [], rng.random)
    rng.setstate(saved)
    w.row(scenario, 'restorestate', '', '=None')
    run(rng, 'random', [], rng.random)
    run(rng, 'gauss', [0.0, 1.0], lambda: rng.gauss(0.0, 1.0))
w.close()
