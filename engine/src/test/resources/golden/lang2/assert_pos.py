def f(n):
    assert 0 < n < 10 and n != 5, "bad"
f(3)
f(5)
