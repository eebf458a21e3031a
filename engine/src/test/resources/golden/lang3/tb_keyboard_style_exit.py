import sys
def check(args):
    if len(args) < 2:
        print("usage: prog NAME", file=sys.stderr)
        sys.exit(2)
check(["prog"])
print("unreachable")
