class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
def process(accts, i):
    return accts[i].withdraw(accts[i].balance * 2 + 1)
data = {"users": [{"name": "a", "age": None}]}
try:
    print(data["users"][0]["age"] + 1)
except TypeError:
    import traceback; traceback.print_exc()
try:
    x = [1, 2, 3]
    y = x[1] + x[2] * x[10]
except IndexError:
    import traceback; traceback.print_exc()
def inner():
    return {"a": {"b": None}}["a"]["b"]["c"]
try:
    inner()
except TypeError:
    import traceback; traceback.print_exc()
f = lambda a: a.upper()
try:
    list(map(f, [1]))
except AttributeError:
    import traceback; traceback.print_exc()
process([Account(10)], 0)
