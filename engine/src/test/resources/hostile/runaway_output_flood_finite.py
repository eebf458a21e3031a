for i in range(200_000):
    print(i, "x" * 40)
print("end of flood")
