import sys

depth = 0
def tree(frame, event, arg):
    global depth
    if frame.f_code.co_filename != __file__:
        return
    if event in ("call", "c_call"):
        name = frame.f_code.co_name if event == "call" else "[" + arg.__name__ + "]"
        print("  " * depth + name)
        depth += 1
    elif event in ("return", "c_return", "c_exception"):
        depth -= 1
        if event == "c_exception":
            print("  " * depth + "!" + arg.__name__)

class Box:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __str__(self):
        return f"Box({len(self)})"
    def __lt__(self, other):
        return len(self) < len(other)
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
    def __iter__(self):
        yield from self.items
    @property
    def first(self):
        return self.items[0]

def main():
    b = Box([3, 1, 2])
    c = Box([1])
    n = len(b)
    s = str(b)
    m = min([b, c])
    with b as bb:
        f = bb.first
    total = sum(b)
    try:
        int("x")
    except ValueError:
        pass
    try:
        divmod(1, 0)
    except ZeroDivisionError:
        pass
    print(n, s, str(m), f, total)
    xs = sorted(b, key=lambda v: -v)
    return xs

sys.setprofile(tree)
main()
sys.setprofile(None)
