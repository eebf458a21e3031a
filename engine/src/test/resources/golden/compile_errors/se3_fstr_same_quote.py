name = 'x'
print(f'{name['a']}')
