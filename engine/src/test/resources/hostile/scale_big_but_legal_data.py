numbers = list(range(1_000_000))
print(sum(numbers), len(numbers))
text = "ab" * 500_000
print(len(text), text.count("ba"))
big = 3 ** 100_000
print(big % 1_000_007, big.bit_length())
