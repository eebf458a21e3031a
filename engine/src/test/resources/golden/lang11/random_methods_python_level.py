# random.Random's methods: random() and getrandbits() are C methods in CPython, the others are
# Python code (bound-method reprs, and a profile function sees no c_call for them).
import random
import sys

for n in ["random", "randint", "seed", "getrandbits", "choice", "shuffle", "gauss"]:
    f = getattr(random, n)
    print(n, repr(f).split(" of ")[0], repr(getattr(random.Random, n)).split(" at ")[0])

calls = []
def prof(frame, event, arg):
    if event == "c_call" and frame.f_code.co_name == "work":
        calls.append(arg.__name__)

def work():
    random.seed(3)
    random.random()
    random.randint(1, 6)
    random.choice("abc")
    random.getrandbits(8)
    r = random.Random(1)
    r.random()
    r.uniform(0, 1)
    len("x")

sys.setprofile(prof)
work()
sys.setprofile(None)
print(calls)
