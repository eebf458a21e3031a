blocks = {}
i = 0
while True:
    blocks[i] = [i] * 100_000
    i += 1
