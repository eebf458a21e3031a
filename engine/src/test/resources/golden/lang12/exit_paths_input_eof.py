import sys
print(__name__, sys.argv[0].endswith("exit_paths_input_eof.py"), len(sys.argv))
try:
    name = input("Your name? ")
except EOFError as e:
    print("\nEOFError:", repr(e))
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit code", e.code, e.args)
try:
    exit(3)
except SystemExit as e:
    print("exit() code", e.code)
try:
    quit("bye")
except SystemExit as e:
    print("quit() code", repr(e.code))
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit", e.code)
import atexit
atexit.register(print, "atexit ran", 1)
@atexit.register
def last():
    print("registered second, runs first")
def cleanup():
    try:
        sys.exit("fatal: something broke")
    finally:
        print("finally before exit")
print("about to exit", file=sys.stderr)
cleanup()
print("not reached")
