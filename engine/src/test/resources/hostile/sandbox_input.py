print("asking")
name = input("name? ")
print("hello", name)
