print("before")
print("café")
