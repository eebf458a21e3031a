import sys
print(type(sys.stdout), type(sys.stdout).__name__, type(sys.stdout).__qualname__, type(sys.stdout).__module__)
print(sys.stdout.__class__)
try:
    sys.stdout + 1
except TypeError as e:
    print(e)
try:
    print >> sys.stderr, "x"
except TypeError as e:
    print(e)
try:
    print >> 3
except TypeError as e:
    print(e)
try:
    print << sys.stderr
except TypeError as e:
    print(e)
try:
    len >> sys.stderr
except TypeError as e:
    print(e)
try:
    sys.stdout.foo
except AttributeError as e:
    print(e)
