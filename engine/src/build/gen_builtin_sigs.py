# Records CPython 3.11's __text_signature__ of built-in callables as the engine's lib/_builtin_sigs.py.
# Usage: python3 engine/src/build/gen_builtin_sigs.py > engine/src/main/resources/dev/coroscope/engine/lib/_builtin_sigs.py
import builtins, types
out = {}
def add(key, obj):
    sig = getattr(obj, "__text_signature__", None)
    if sig:
        out[key] = sig
for name, obj in vars(builtins).items():
    if isinstance(obj, types.BuiltinFunctionType):
        add(name, obj)
    elif isinstance(obj, type):
        add(name, obj)
types_ = [str, bytes, bytearray, list, tuple, dict, set, frozenset, int, float, complex, object, range, memoryview, bool, slice, type, enumerate, zip, map, filter, reversed, property, staticmethod, classmethod, super, BaseException]
for t in types_:
    for name, attr in vars(t).items():
        if isinstance(attr, (types.MethodDescriptorType, types.WrapperDescriptorType, types.ClassMethodDescriptorType, staticmethod, classmethod, types.BuiltinMethodType)):
            a = attr
            if isinstance(a, (staticmethod, classmethod)):
                a = a.__func__
            add(f"{t.__name__}.{name}", a)
print("# CPython 3.11's __text_signature__ of built-in callables, recorded from python3 by")
print("# engine/src/build/gen_builtin_sigs.py; _inspect_sig reads them for inspect.signature.")
print("SIGS = {")
for k in sorted(out):
    print(f"    {k!r}: {out[k]!r},")
print("}")
