ages = {"ann": 31, "bob"}
