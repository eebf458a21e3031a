import sys

class MiniDebugger:
    def __init__(self, watch):
        self.watch = watch
        self.depth = 0
        self.out = []

    def trace(self, frame, event, arg):
        code = frame.f_code
        if code.co_filename != __file__ or code.co_name not in self.watch:
            return None
        return self.local

    def local(self, frame, event, arg):
        name = frame.f_code.co_name
        if event == "call":
            self.depth += 1
        pad = "  " * self.depth
        if event == "line":
            shown = {k: v for k, v in frame.f_locals.items() if isinstance(v, (int, str, list))}
            self.out.append(f"{pad}{name}:{frame.f_lineno} {shown}")
        elif event == "return":
            self.out.append(f"{pad}{name} -> {arg!r}")
            self.depth -= 1
        elif event == "exception":
            caller = frame.f_back.f_code.co_name if frame.f_back else None
            self.out.append(f"{pad}{name} raised {arg[0].__name__} (caller {caller})")
        return self.local

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None

class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return len(self.items)

def main():
    s = Stack()
    s.push(fact(3))
    r = [safe_div(6, d) for d in (3, 0)]
    return r

dbg = MiniDebugger({"fact", "safe_div", "push", "__init__", "main", "<listcomp>"})
sys.settrace(dbg.trace)
result = main()
sys.settrace(None)
print(result)
print("\n".join(dbg.out))
print(sys.gettrace())
