# common "program" style: bank account, inventory, text processing
from collections import defaultdict, Counter
import string
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief."""
words = [w.strip(string.punctuation).lower() for w in text.split()]
freq = Counter(words)
for w, c in freq.most_common(5): print(f"{w:<10}{c:>3}")
by_len = defaultdict(list)
for w in sorted(set(words)): by_len[len(w)].append(w)
for k in sorted(by_len): print(k, by_len[k])
print(max(words, key=len), min(words, key=lambda w: (len(w), w)))
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed:.2f} more")
        self.needed = needed
class Account:
    interest = 0.02
    _count = 0
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        Account._count += 1
        self.id = Account._count
        self.history = []
    @property
    def balance(self): return round(self._balance, 2)
    def deposit(self, amt):
        if amt <= 0: raise ValueError("deposit must be positive")
        self._balance += amt; self.history.append(('dep', amt)); return self
    def withdraw(self, amt):
        if amt > self._balance: raise InsufficientFunds(amt - self._balance)
        self._balance -= amt; self.history.append(('wd', amt)); return self
    def __repr__(self): return f"Account({self.owner!r}, {self.balance})"
    def __str__(self): return f"#{self.id} {self.owner}: ${self.balance:,.2f}"
    def __eq__(self, o): return isinstance(o, Account) and self.id == o.id
    def __hash__(self): return hash(self.id)
    @classmethod
    def count(cls): return cls._count
a = Account("Ann", 100).deposit(50.505).withdraw(20)
b = Account("Bob")
print(a, repr(a), b, Account.count(), a == b, {a, b} == {b, a})
try: b.withdraw(10)
except InsufficientFunds as e: print("Error:", e, e.needed, e.args)
try: b.deposit(-1)
except ValueError as e: print("Error:", e)
print(a.history, vars(b))
inventory = {'apple': (0.5, 10), 'pear': (0.75, 0), 'kiwi': (0.2, 25)}
in_stock = {k: v for k, v in inventory.items() if v[1]}
print(in_stock, sum(p * q for p, q in inventory.values()))
print(sorted(inventory, key=lambda k: inventory[k][0], reverse=True))
table = [[i * j for j in range(1, 6)] for i in range(1, 6)]
for row in table: print(' '.join(f"{n:3d}" for n in row))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
def fizz(n):
    return "Fizz" * (n % 3 == 0) + "Buzz" * (n % 5 == 0) or str(n)
print(', '.join(fizz(i) for i in range(1, 16)))
def is_prime(n): return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))
print([n for n in range(50) if is_prime(n)])
def hanoi(n, a='A', b='B', c='C'):
    if n: yield from hanoi(n - 1, a, c, b); yield (a, c); yield from hanoi(n - 1, b, a, c)
print(list(hanoi(3)))
print(f"{'Name':^10}|{'Score':>6}\n{'-'*17}")
for name, score in [('Al', 93.456), ('Bea', 8)]: print(f"{name:^10}|{score:>6.1f}")
grades = {'A': 90, 'B': 80, 'C': 70}
def grade(s): return next((g for g, m in grades.items() if s >= m), 'F')
print([grade(s) for s in (95, 85, 75, 50)])
s = "A man, a plan, a canal: Panama"
clean = ''.join(ch.lower() for ch in s if ch.isalnum()); print(clean == clean[::-1])
print(bin(42)[2:].zfill(8), int('101010', 2), f"{42:08b}", ord('A') ^ 32, chr(ord('a') - 32))
import time

print(time.strftime('%Y', time.gmtime(0)), time.gmtime(86400 * 365).tm_year)
