expressions = ["2 + 3 * 4", "(2 + 3) * 4", "10 / 4", "10 // 4", "2 ** 10", "abs(-5) + max(1, 2)", "round(3.14159, 2)",
               "'ab' * 3", "[x * x for x in range(4)]", "len('hello')", "1 +", "2 * (3", "undefined + 1", "1 / 0", "import os"]
for text in expressions:
    try:
        print(f"{text!r:30} -> {eval(text)!r}")
    except SyntaxError as e:
        print(f"{text!r:30} -> SyntaxError: {e.msg} (offset {e.offset})")
    except Exception as e:
        print(f"{text!r:30} -> {type(e).__name__}: {e}")
variables = {"x": 3, "y": 4}
print(eval("x ** 2 + y ** 2", variables), eval("(x ** 2 + y ** 2) ** 0.5", {"__builtins__": {}}, variables))
try:
    eval("len('abc')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
code = compile("result = a * b", "<calc>", "exec")
ns = {"a": 6, "b": 7}
exec(code, ns)
print(ns["result"], code.co_filename, "result" in ns)
program = '''
def greet(name):
    return f"Hello, {name}!"
message = greet("World")
'''
scope = {}
exec(program, scope)
print(scope["message"], scope["greet"].__name__, scope["greet"].__module__ if "__name__" in scope else None)
print(eval("greet('Ada')", scope))
exec("total = sum(range(n))", {"n": 5}, local_ns := {})
print(local_ns)
print(eval(repr([1, "two", 3.0, None, (4,)])))
