class Broken:
    def __str__(self):
        return 1 / 0


print("before")
print(Broken())
