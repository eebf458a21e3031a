class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = int(balance)

a = Account("ann", "100")
print(a.balance)
b = Account("bob", "lots")
