import random, json, string
from collections import Counter, defaultdict

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed, self.available = needed, available

class Account:
    interest = 0.02
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.owner, self.balance = owner, balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self.balance:.2f})"
    def __lt__(self, other):
        return self.balance < other.balance

accts = [Account("ann", 100), Account("bob"), Account("cy", 55.5)]
accts[1].deposit(20).deposit(5.25)
try:
    accts[1].withdraw(100)
except InsufficientFunds as e:
    print("Error:", e, e.needed, e.args)
try:
    accts[0].deposit(-1)
except ValueError as e:
    print("Error:", e)
print(sorted(accts), max(accts), accts[1].history)

def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(f"{src}->{dst}")
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(len(hanoi(5)), hanoi(2))

def bubble(items):
    items = list(items)
    passes = 0
    for i in range(len(items)):
        swapped = False
        for j in range(len(items) - 1 - i):
            if items[j] > items[j + 1]:
                items[j], items[j + 1] = items[j + 1], items[j]
                swapped = True
        passes += 1
        if not swapped:
            break
    return items, passes
print(bubble([5, 2, 9, 1, 5, 6]))

def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, p in enumerate(is_p) if p]
print(sieve(60))

memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    memo[n] = n if n < 2 else fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), len(memo))

def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        lo, hi = (mid + 1, hi) if xs[mid] < target else (lo, mid - 1)
    return -1, steps
print(bsearch(list(range(0, 100, 3)), 42), bsearch([1, 2, 3], 7))

text = "Was it a car or a cat I saw? No lemon, no melon."
clean = "".join(ch.lower() for ch in text if ch.isalnum())
print(clean == clean[::-1], Counter(clean).most_common(3))
words = "listen silent enlist google tinsel banana inlets".split()
groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w))].append(w)
print([g for g in groups.values() if len(g) > 1])

random.seed(2024)
deck = [r + s for s in "♠♥" for r in "A23"]
random.shuffle(deck)
hand = random.sample(deck, 3)
print(deck, hand, random.randint(1, 6), round(random.random(), 4), random.choice(string.ascii_uppercase))

matrix = [[1, 2, 3], [4, 5, 6]]
transposed = [list(row) for row in zip(*matrix)]
product = [[sum(a * b for a, b in zip(r, c)) for c in zip(*transposed)] for r in matrix]
print(transposed, product)
for row in matrix:
    print(" ".join(f"{v:3d}" for v in row))

todo = {"tasks": [{"title": "write", "done": False}, {"title": "test", "done": True}]}
blob = json.dumps(todo, indent=1)
back = json.loads(blob)
back["tasks"].append({"title": "ship", "done": False})
print(blob)
print([t["title"] for t in back["tasks"] if not t["done"]], back == todo)

grades = {"ann": [90, 85, 77], "bob": [60, 72], "cy": []}
for name, gs in grades.items():
    try:
        avg = sum(gs) / len(gs)
    except ZeroDivisionError:
        print(f"{name:<5} no grades")
        continue
    letter = "A" if avg >= 85 else "B" if avg >= 70 else "C"
    print(f"{name:<5} {avg:6.2f} {letter}")
