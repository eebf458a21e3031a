import sys, io
print("a", "b", sep="-", end="!\n")
print("x", 1, None, [1], sep="")
print(file=sys.stdout)
print("to stderr", file=sys.stderr)
print(*range(3), sep=", ")
print("no newline", end="")
print()
buf = io.StringIO()
print("into buffer", 42, file=buf)
print(repr(buf.getvalue()))
sys.stdout.write("written\n")
print(sys.stdout.write("abc"), flush=True)
try:
    print("x", sep=1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=2)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    name = input("Your name: ")
except EOFError as e:
    print("EOFError:", e)
print(repr(input.__doc__)[:20] != "", callable(print))
