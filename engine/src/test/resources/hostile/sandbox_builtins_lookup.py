name = "op" + "en"
print(type(__builtins__).__name__)
fn = __builtins__[name] if isinstance(__builtins__, dict) else getattr(__builtins__, name)
print(fn("/etc/hostname").read())
