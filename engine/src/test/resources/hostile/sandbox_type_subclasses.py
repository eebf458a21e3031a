# Walk every class reachable from type and object, and every function in their dicts.
seen = set()
todo = [object, type]
escaped = False
while todo:
    cls = todo.pop()
    if cls in seen:
        continue
    seen.add(cls)
    try:
        todo.extend(type.__subclasses__(cls))
    except TypeError:
        pass
    for value in list(vars(cls).values()):
        g = getattr(value, "__globals__", None)
        if isinstance(g, dict) and ("open" in g or "system" in g or "__import__" in g):
            escaped = True
print("classes walked:", len(seen) > 1)
print("ESCAPED" if escaped else "nothing reachable")
