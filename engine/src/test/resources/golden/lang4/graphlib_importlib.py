from graphlib import TopologicalSorter, CycleError
import importlib
graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
graph = {"D": ["B", "C"], "C": ["A"], "B": ["A"], "E": []}
ts = TopologicalSorter(graph)
print(list(ts.static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1); ts.add(2, 1); ts.add(7, 5); ts.add(5)
ts.prepare()
while ts.is_active():
    ready = ts.get_ready()
    print("ready", ready)
    ts.done(*ready)
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "core": [], "tests": ["app"]}
print(list(TopologicalSorter(deps).static_order()))
try:
    list(TopologicalSorter({1: [2], 2: [3], 3: [1], 0: [1]}).static_order())
except CycleError as e:
    print(type(e).__name__, e.args, isinstance(e, ValueError))
try:
    list(TopologicalSorter({"a": ["a"]}).static_order())
except CycleError as e:
    print(e.args)
t = TopologicalSorter({1: []})
for bad in [lambda: t.get_ready(), lambda: t.is_active(), lambda: t.done(1)]:
    try: bad()
    except ValueError as e: print(e)
t.prepare()
for bad in [lambda: t.prepare(), lambda: t.add(5), lambda: t.done(9), lambda: t.done(1)]:
    try: bad()
    except ValueError as e: print(e)
print(t.get_ready(), bool(t)); t.done(1); print(bool(t))
try: t.done(1)
except ValueError as e: print(e)
m = importlib.import_module("math"); print(m.sqrt(16), importlib.import_module("collections.abc").__name__)
try: importlib.import_module("no_such_mod")
except ModuleNotFoundError as e: print(e, e.name)
try: importlib.import_module(".x")
except TypeError as e: print(e)
print(importlib.reload(m) is m)
