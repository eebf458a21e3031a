import sys

while True:
    print("warning!", file=sys.stderr)
