import itertools

print("summing forever")
print(sum(itertools.count()))
