def f():
    pass


g = f.__globals__
print("globals:", sorted(k for k in g if not k.startswith("__")))
b = g["__builtins__"]
opener = b["open"] if isinstance(b, dict) else getattr(b, "open")
opener("/tmp/coroscope-hostile-sandbox_function_globals", "w").close()
print("ESCAPED")
