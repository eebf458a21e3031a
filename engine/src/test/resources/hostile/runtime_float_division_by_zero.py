rate = 0.0
print(1.5 / rate)
