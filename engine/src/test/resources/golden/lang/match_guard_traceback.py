def classify(point):
    match point:
        case (x, y) if x / y > 1:
            return "steep"
        case (x, y):
            return "flat"

print(classify((4, 2)))
print(classify((1, 0)))
