print("first")
print("last line without newline")