def f():
    return "bom+crlf"

print(f())
