import threading

class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()

    def withdraw(self, amount):
        with self.lock:
            if self.balance >= amount:
                self.balance -= amount
                return True
            return False

acct = Account(100)
outcomes = []
def customer(amount):
    outcomes.append(acct.withdraw(amount))

threads = [threading.Thread(target=customer, args=(30,)) for _ in range(5)]
for t in threads: t.start()
for t in threads: t.join()
print("balance:", acct.balance, "succeeded:", outcomes.count(True), "refused:", outcomes.count(False))

a, b = threading.Lock(), threading.Lock()
def transfer(first, second, name, log):
    with first:
        with second:
            log.append(name)
log = []
t1 = threading.Thread(target=transfer, args=(a, b, "one", log))
t2 = threading.Thread(target=transfer, args=(a, b, "two", log))
t1.start(); t2.start(); t1.join(); t2.join()
print(sorted(log), a.locked(), b.locked())
