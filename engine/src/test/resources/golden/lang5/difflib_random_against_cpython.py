import random, difflib
random.seed(7)
out = []
for trial in range(60):
    n = random.randint(0, 12); m = random.randint(0, 12)
    alpha = "abcde "[:random.randint(2, 6)]
    a = "".join(random.choice(alpha) for _ in range(n))
    b = "".join(random.choice(alpha) for _ in range(m))
    junk = (lambda c: c == " ") if trial % 3 == 0 else None
    sm = difflib.SequenceMatcher(junk, a, b)
    out.append((sm.get_opcodes(), round(sm.ratio(), 6), round(sm.quick_ratio(), 6)))
    la = [random.choice(["one\n", "two\n", "three\n", "tree\n", "onw\n", "  x\n"]) for _ in range(random.randint(0, 6))]
    lb = [random.choice(["one\n", "two\n", "three\n", "tree\n", "onw\n", "  x\n"]) for _ in range(random.randint(0, 6))]
    out.append("".join(difflib.ndiff(la, lb)))
    out.append("".join(difflib.unified_diff(la, lb, n=random.randint(0, 2))))
    out.append("".join(difflib.context_diff(la, lb, n=1)))
big_a = [random.choice("xyz") for _ in range(300)]
big_b = [random.choice("xyzw") for _ in range(300)]
sm = difflib.SequenceMatcher(None, big_a, big_b)
out.append((sorted(sm.bpopular), len(sm.get_opcodes()), sm.ratio()))
g = list(sm.get_grouped_opcodes(2)); out.append((len(g), sm.get_opcodes()[0], sm.get_opcodes()[-1]))
for o in out:
    print(o)
print(difflib.get_close_matches("pyhton", ["python", "pythons", "jython", "typhon", "pylon", "phyton"], n=4, cutoff=0.3))
