# sys.stdin exists (at its end: programs get no input); input() reads a program's own sys.stdin
# (io.StringIO test input) and writes its prompt to sys.stdout, as CPython does.
import sys, io
print(sys.stdin, sys.stdin.mode, sys.stdin.name, sys.stdin.readable(), sys.stdin.writable(), sys.stdin.fileno())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines(), list(sys.stdin), [l for l in sys.stdin])
try:
    sys.stdin.write('x')
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    sys.stdout.read()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
sys.stdin = io.StringIO("Ada\n36\nlast line without newline")
name = input("Name? ")
age = int(input("Age? "))
print(f"\n{name} is {age}")
print(repr(input()))
try:
    input("more? ")
except EOFError as e:
    print("\nEOFError:", e)
sys.stdin = sys.__stdin__
buf = io.StringIO()
sys.stdout = buf
input("prompt to buffer> ") if False else None
print("captured")
sys.stdout = sys.__stdout__
print(repr(buf.getvalue()))
for line in io.StringIO("a\nb\n"):
    print(line.strip())
total = sum(int(x) for x in "1 2 3".split())
print(total)
try:
    input()
except EOFError as e:
    print(repr(e))
for src in ('enumerate()', 'enumerate(start=1)', 'enumerate([], 1, 2)', 'enumerate(x=1)', 'enumerate([1], x=1)',
            'list(enumerate(iterable=[1], start=2))', '{}.get(1, 2, 3)', '{}.get()', 'input(1, 2)'):
    try:
        print(src, '->', eval(src))
    except TypeError as e:
        print(src, '->', e)
