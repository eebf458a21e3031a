value = 10
print(eval("valeu + 1"))
