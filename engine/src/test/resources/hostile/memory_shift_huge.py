n = 1 << 10 ** 11
print(n.bit_length())
