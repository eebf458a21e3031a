inventory = {"apples": 3}
def take(item):
    return inventory[item]
print(take("apples"))
take("pears")
