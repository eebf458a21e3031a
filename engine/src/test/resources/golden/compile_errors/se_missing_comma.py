print("a" "b" 1)
items = [1 2]
