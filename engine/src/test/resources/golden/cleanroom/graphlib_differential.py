import random, graphlib
random.seed(7)
out = []
for trial in range(400):
    n = random.randint(1, 9)
    g = {}
    for i in range(n):
        g[random.choice('abcdefghij')] = [random.choice('abcdefghij') for _ in range(random.randint(0, 3))]
    ts = graphlib.TopologicalSorter(g)
    try:
        out.append(list(ts.static_order()))
    except graphlib.CycleError as e:
        out.append(('cycle', e.args))
    ts = graphlib.TopologicalSorter()
    for k, v in g.items():
        ts.add(k, *v)
    try:
        ts.prepare()
        steps = []
        while ts.is_active():
            r = ts.get_ready()
            steps.append(r)
            if r:
                ts.done(*r[::-1])
        out.append(steps)
        for bad in ('zz', r[0] if r else 'a'):
            try:
                ts.done(bad)
            except ValueError as e:
                out.append(str(e))
    except graphlib.CycleError as e:
        out.append(('cycle2', e.args[1]))
t = graphlib.TopologicalSorter({1: [None], None: []})
print(list(t.static_order()))
t = graphlib.TopologicalSorter({1: [2], 2: [3]})
try:
    t.done(1)
except ValueError as e: print(e)
t.prepare()
for f in (lambda: t.prepare(), lambda: t.add(5), lambda: t.done(1), lambda: t.done(9)):
    try: f()
    except ValueError as e: print(e)
print(bool(t), graphlib.TopologicalSorter[int])
print(len(out)); print(out[:50]); print(out)
