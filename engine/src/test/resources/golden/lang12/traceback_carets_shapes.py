import traceback

def show(fn):
    try:
        fn()
    except Exception as e:
        text = "".join(traceback.format_exception(e)).replace(__file__, "FILE")
        print(text)

data = {"a": [1, 2, {"b": None}]}
show(lambda: data["a"][2]["b"]["c"])
show(lambda: data["a"][5])
show(lambda: data["x"])
show(lambda: 1 + 2 * (3 / 0))
show(lambda: len(5) + 1)
def multi():
    return max(
        1,
        "two",
    )
show(multi)
def attr_chain():
    obj = type("O", (), {"x": None})()
    return obj.x.y.z
show(attr_chain)
def call_chain():
    return "abc".upper().lower().missing()
show(call_chain)
show(lambda: [x / 0 for x in range(3)])
show(lambda: {k: v for k, v in [(1, 2, 3)]})
def nested():
    def inner():
        return int("x") + 1
    return inner()
show(nested)
def long_line():
    a, b = 1, 0
    result = a + a + a + a + a / b + a + a
    return result
show(long_line)
def unpack():
    x, y = [1, 2, 3]
show(unpack)
def subscript_call():
    funcs = {"f": lambda: 1 / 0}
    return funcs["f"]()
show(subscript_call)
def multi_line_expr():
    total = (1 +
             2 +
             None)
    return total
show(multi_line_expr)
def assert_fail():
    assert 1 == 2, "numbers differ"
show(assert_fail)
def raise_from():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e
show(raise_from)
def deep(n):
    if n == 0:
        return 1 / 0
    return deep(n - 1)
show(lambda: deep(3))
multi_line_expr()
