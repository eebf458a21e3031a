prices = {"apple": 1.0, "pear": 2.0}
order = ["apple", "kiwi"]
total = (
    prices[order[0]]
    + prices[order[1]]
)
