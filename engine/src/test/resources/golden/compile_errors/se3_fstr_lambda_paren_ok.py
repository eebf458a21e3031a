print(f'{(lambda x: x*2)(3)}')
print(f'{lambda x: 1}')
