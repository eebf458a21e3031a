class = "3B"
print(class)
