text = "7" * 5000
print(len(text))
print(int(text))
