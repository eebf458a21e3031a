import argparse, sys
def attempt(parser, argv):
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)

p = argparse.ArgumentParser(prog="prog")
p.add_argument("x", type=int)
p.add_argument("--y", choices=["a", "b"])
p.add_argument("--z", type=float, required=True)
p.add_argument("--verbose", action="store_true")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
g = p.add_mutually_exclusive_group()
g.add_argument("--on", action="store_true")
g.add_argument("--off", action="store_true")
sys.stderr = sys.stdout
attempt(p, ["1", "--z", "2"])
attempt(p, [])
attempt(p, ["abc", "--z", "1"])
attempt(p, ["1", "--z", "x"])
attempt(p, ["1", "--z", "1", "--y", "c"])
attempt(p, ["1", "--z", "1", "extra", "--what"])
attempt(p, ["1", "--z"])
attempt(p, ["1", "--z", "1", "--on", "--off"])
attempt(p, ["1", "--z", "1", "--ver"])
attempt(p, ["1", "--z", "1", "--verbose=3"])
attempt(p, ["--version"])
attempt(p, ["-h"])
attempt(p, ["1", "--z", "-5"])
attempt(p, ["-1", "--z", "5"])
q = argparse.ArgumentParser(prog="q", exit_on_error=False)
q.add_argument("--n", type=int)
try:
    q.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e, "|", e.argument_name, "|", e.message)
def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError(f"{s} is not positive")
    return v
r = argparse.ArgumentParser(prog="r")
r.add_argument("n", type=positive)
r.add_argument("-a", action="store_true")
r.add_argument("-b", action="store_true")
r.add_argument("-c")
attempt(r, ["-5"])
attempt(r, ["0"])
attempt(r, ["3", "-abc", "val"])
attempt(r, ["3", "-cval"])
attempt(r, ["3", "-ab"])
try:
    r.add_argument("-a")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
try:
    r.add_argument("bad", required=True)
except TypeError as e:
    print("TypeError:", e)
try:
    r.add_argument("--k", action="store", nargs=0)
except ValueError as e:
    print("ValueError:", e)
try:
    r.add_argument("--k", action="nope")
except ValueError as e:
    print("ValueError:", e)
try:
    r.add_argument("x", "y")
except ValueError as e:
    print("ValueError:", e)
a = r.add_argument("--thing", type=int, default=3, help="h")
print(a)
print(argparse.ArgumentParser(prog="P", description="d"))
amb = argparse.ArgumentParser(prog="amb")
amb.add_argument("--apple")
amb.add_argument("--apricot")
attempt(amb, ["--ap", "1"])
req = argparse.ArgumentParser(prog="req")
m = req.add_mutually_exclusive_group(required=True)
m.add_argument("--a", action="store_true")
m.add_argument("--b", action="store_true")
attempt(req, [])
req.print_help()
sp = argparse.ArgumentParser(prog="tool")
subs = sp.add_subparsers(required=True)
subs.add_parser("run")
attempt(sp, [])
attempt(sp, ["walk"])
sp2 = argparse.ArgumentParser(prog="tool2")
subs2 = sp2.add_subparsers(dest="cmd", required=True, title="commands", description="available commands", metavar="COMMAND")
r1 = subs2.add_parser("run", help="run it")
r1.add_argument("--fast", action="store_true")
attempt(sp2, [])
attempt(sp2, ["run", "--slow"])
sp2.print_help()
long = argparse.ArgumentParser(prog="a_rather_long_program_name")
for i in range(8):
    long.add_argument(f"--option-number-{i}", metavar="VALUE", help=f"option {i}")
long.add_argument("input_file")
long.add_argument("output_file", nargs="?")
long.print_usage()
raw = argparse.ArgumentParser(prog="raw", description="line one\n  indented line\nline three", formatter_class=argparse.RawDescriptionHelpFormatter)
raw.add_argument("--x", help="a\nb")
raw.print_help()
