print("importing importlib")
import importlib
# Coroscope's importlib is import_module/reload over the engine's own modules: no import machinery,
# and nothing the import statement itself cannot reach.
print("machinery:", [n for n in ("machinery", "util", "_bootstrap", "_bootstrap_external", "abc", "resources",
                                 "find_loader", "__import__") if hasattr(importlib, n)])
try:
    import importlib.util
    print("ESCAPED importlib.util")
except ImportError as e:
    print("blocked", type(e).__name__)
importlib.import_module("os")
print("ESCAPED")
