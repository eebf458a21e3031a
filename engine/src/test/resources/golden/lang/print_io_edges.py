import sys
print("a", "b", sep="", end="|\n")
print(*[1, 2, 3], sep=", ")
print()
print("to stderr", file=sys.stderr)
n = sys.stdout.write("written\n")
print(n, sys.stdout.write(""))
print("x", end="")
print("y", flush=True)
try:
    print("bad", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("bad", end=[])
except TypeError as e:
    print("TypeError:", e)
class Custom:
    def __format__(self, spec):
        return f"<fmt {spec!r}>"
    def __repr__(self):
        return "Custom()"
    def __str__(self):
        return "custom-str"
c = Custom()
print(f"{c}", f"{c:>10}", f"{c!r}", f"{c!s}", f"{c!a}", format(c, "x"), str(c), repr([c]), "%s %r" % (c, c))
print(f"{'é'!a}", ascii(["é"]), f"{3.0=}", f"{1+1 = }", f"{'a'*3=!r:>8}")
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError:", e)
print(sys.argv[0].endswith("print_io_edges.py"), __name__, __file__.endswith(".py"))
