import sys
try:
    sys.exit(True)
except SystemExit as e:
    print(repr(e.code))
print("next", file=sys.stderr)
sys.exit([1, 2])
