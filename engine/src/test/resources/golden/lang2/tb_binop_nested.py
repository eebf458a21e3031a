a, b, c = 1, 0, 3
result = (a + c) * 2 - (a / b) + c ** 2
