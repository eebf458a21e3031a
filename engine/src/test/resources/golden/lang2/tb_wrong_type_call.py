numbers = [1, 2, 3]
total = sum(numbers)
average = total / len(numbers)
print("average", average)
print("count: " + len(numbers))
