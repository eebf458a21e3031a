def f(n):
    return eval("10 / n")
print(f(2))
exec("""
def g():
    return 1/0
""")
try:
    g()
except ZeroDivisionError:
    import traceback; traceback.print_exc()
f(0)
