import itertools

for n in itertools.count():
    if n < 0:
        break
