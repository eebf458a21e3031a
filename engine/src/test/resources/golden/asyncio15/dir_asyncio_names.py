# What a learner exploring the package sees: dir(asyncio)'s private names are CPython's six task
# helpers only; every name of __all__ is there; a module's own __dir__ decides its dir().
import asyncio
import types

print([n for n in dir(asyncio) if n.startswith("_") and not n.startswith("__")])
print(all(hasattr(asyncio, n) for n in asyncio.__all__))
wanted = ["Queue", "TaskGroup", "gather", "run", "sleep", "timeout", "wait_for", "to_thread", "tasks", "events"]
print([n for n in wanted if n in dir(asyncio)])
print(dir(asyncio) == sorted(dir(asyncio)))

m = types.ModuleType("plugin")
m.alpha = 1
m._beta = 2
print(dir(m))
m.__dir__ = lambda: ["zeta", "alpha"]
print(dir(m))
