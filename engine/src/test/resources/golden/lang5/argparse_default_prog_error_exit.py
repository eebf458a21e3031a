import argparse
parser = argparse.ArgumentParser(description="Greets people.")
parser.add_argument("--times", type=int, default=1)
parser.add_argument("--shout", action="store_true", help="use capitals")
args = parser.parse_args()
for _ in range(args.times):
    msg = "hello"
    print(msg.upper() if args.shout else msg)
parser.print_help()
print(parser.prog)
parser.parse_args(["--times", "two"])
