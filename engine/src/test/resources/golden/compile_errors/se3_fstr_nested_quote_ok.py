d = {'a': 1}
print(f"{d['a']}")
print(f'{x!r}' f"{")
