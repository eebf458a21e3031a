import sys
def check(n):
    assert n > 0, f"n must be positive, got {n}"
    assert isinstance(n, int)
    return n
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    check(2.5)
except AssertionError as e:
    print("AssertionError:", repr(e), e.args)
try:
    assert [], ["a", 1]
except AssertionError as e:
    print(repr(e))
print("to stdout")
print("to stderr", file=sys.stderr)
sys.stdout.write("partial ")
sys.stderr.write("err-line\n")
print("end", flush=True)
try:
    sys.exit()
except SystemExit as e:
    print("exit code:", e.code, repr(e))
try:
    sys.exit(None)
except SystemExit as e:
    print("exit code:", e.code)
try:
    raise SystemExit(3, "x")
except SystemExit as e:
    print("exit code:", e.code)
check(0)
