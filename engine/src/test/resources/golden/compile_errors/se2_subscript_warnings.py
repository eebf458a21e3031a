def f():
    return [1][1, 2], (1)['a'], 'abc'[1, 2], (1, 2)[3.5], {1}[0]
print('defined')
