x = 1
assert not x > 0
