name = "ada"
print(f"{name:d}")
