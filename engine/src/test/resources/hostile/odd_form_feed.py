print("page 1")

print("page 2")
